using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.CoreCase;

/// <summary>Renders emulator state in the wire shapes of the Core Case API.</summary>
internal static class CoreCaseRender
{
    public static string ApiRoot(HttpRequest request, string tenantId)
        => $"{request.Scheme}://{request.Host}{request.PathBase}/tenants/{Uri.EscapeDataString(tenantId)}/api/v1";

    public static JsonObject Case(EmulatedCase c, EmulatedCaseType? type, string apiRoot) => new()
    {
        ["id"] = c.Id,
        ["caseNumber"] = c.CaseNumber,
        ["caseType"] = new JsonObject { ["id"] = c.CaseTypeId, ["name"] = type?.Name },
        ["caseConfigId"] = c.CaseConfigId,
        ["status"] = c.Status,
        ["caseProperties"] = new JsonObject { ["defaultAttributes"] = c.Attributes.DeepClone() },
        ["externalReferences"] = new JsonArray([.. c.ExternalReferences.Select(r => (JsonNode)new JsonObject { ["system"] = r.System, ["id"] = r.Id })]),
        ["assignee"] = Assignee(c.Assignee),
        ["createdOn"] = CoreCaseHttp.FormatDate(c.CreatedOn),
        ["lastUpdatedOn"] = CoreCaseHttp.FormatDate(c.LastUpdatedOn),
        ["version"] = c.Version,
        ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = $"{apiRoot}/caseinstances/{c.Id}" } },
    };

    public static JsonObject? Assignee(EmulatedAssignee? a)
        => a is null ? null : new JsonObject { ["type"] = a.Type, ["id"] = a.Id };

    public static JsonObject CaseType(EmulatedCaseType t) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["caseConfigId"] = t.CaseConfigId,
        ["caseIdGenerator"] = new JsonObject { ["prefix"] = t.Prefix },
        ["stages"] = new JsonArray([.. t.Stages.Select((s, i) => (JsonNode)new JsonObject { ["id"] = $"{t.Id}-stage-{i + 1}", ["name"] = s, ["order"] = i + 1 })]),
    };

    public static JsonObject Comment(EmulatedComment c) => new()
    {
        ["id"] = c.Id,
        ["text"] = c.Text,
        ["visibility"] = c.Visibility,
        ["createdOn"] = CoreCaseHttp.FormatDate(c.CreatedOn),
        ["createdBy"] = "api-client",
    };

    public static JsonObject Task(EmulatedTask t) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["description"] = t.Description,
        ["status"] = t.Status,
        ["assignee"] = Assignee(t.Assignee),
        ["dueDate"] = t.DueDate is { } due ? CoreCaseHttp.FormatDate(due) : null,
        ["outcome"] = t.Outcome,
        ["createdOn"] = CoreCaseHttp.FormatDate(t.CreatedOn),
        ["completedOn"] = t.CompletedOn is { } done ? CoreCaseHttp.FormatDate(done) : null,
    };

    public static JsonObject Attachment(EmulatedAttachment a, string caseId, string apiRoot) => new()
    {
        ["id"] = a.Id,
        ["fileName"] = a.FileName,
        ["mimeType"] = a.MimeType,
        ["size"] = a.Content.LongLength,
        ["sha256"] = a.Sha256,
        ["createdOn"] = CoreCaseHttp.FormatDate(a.CreatedOn),
        ["_links"] = new JsonObject
        {
            ["content"] = new JsonObject { ["href"] = $"{apiRoot}/caseinstances/{caseId}/attachments/{a.Id}/content" },
        },
    };

    public static JsonObject Link(EmulatedLink l) => new()
    {
        ["id"] = l.Id,
        ["sourceCaseId"] = l.SourceCaseId,
        ["targetCaseId"] = l.TargetCaseId,
        ["relationType"] = l.RelationType,
        ["createdOn"] = CoreCaseHttp.FormatDate(l.CreatedOn),
    };

    public static JsonObject Event(EmulatedEvent e) => new()
    {
        ["id"] = e.Id,
        ["sequence"] = e.Sequence,
        ["caseId"] = e.CaseId,
        ["type"] = e.Type,
        ["occurredOn"] = CoreCaseHttp.FormatDate(e.OccurredOn),
        ["data"] = e.Data.DeepClone(),
    };
}
