using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.CoreCase;

/// <summary>Renders emulator state in the wire shapes of the Core Case API (published where OpenText shows them).</summary>
internal static class CoreCaseRender
{
    public static string ApiRoot(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/api/v1";

    public static string CasePath(string caseDefinitionId, string caseId) => $"case-definitions/{caseDefinitionId}/cases/{caseId}";

    /// <summary>
    /// A case. Published: <c>caseType{id}</c>, <c>caseConfigId</c>, <c>caseProperties.defaultAttributes</c> with the
    /// audit fields, <c>id</c> and <c>caseType</c>, and <c>customAttributes</c>. Assumed: <c>caseNumber</c>, <c>status</c>,
    /// <c>assignee</c>, <c>_links</c>.
    /// </summary>
    public static JsonObject Case(EmulatedCase c, EmulatedCaseDefinition? definition, HttpRequest request)
    {
        var caseType = new JsonObject { ["id"] = c.CaseDefinitionId, ["name"] = definition?.Name };
        var defaults = (JsonObject)c.Attributes.DeepClone();
        defaults["id"] = c.Id;
        defaults["caseType"] = caseType.DeepClone();
        defaults["createdOn"] = CoreCaseHttp.FormatDate(c.CreatedOn);
        defaults["createdBy"] = c.CreatedBy.Id;
        defaults["lastUpdatedOn"] = CoreCaseHttp.FormatDate(c.LastUpdatedOn);
        defaults["lastUpdatedBy"] = (c.LastUpdatedBy ?? c.CreatedBy).Id;
        defaults["createdByUser"] = Identity(c.CreatedBy);
        defaults["lastUpdatedByUser"] = Identity(c.LastUpdatedBy ?? c.CreatedBy);
        return new JsonObject
        {
            ["id"] = c.Id,
            ["caseNumber"] = c.CaseNumber,
            ["caseType"] = caseType,
            ["caseConfigId"] = c.CaseConfigId,
            ["status"] = c.Status,
            ["caseProperties"] = new JsonObject { ["defaultAttributes"] = defaults, ["customAttributes"] = c.CustomAttributes.DeepClone() },
            ["assignee"] = Identity(c.Assignee),
            ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = $"{ApiRoot(request)}/{CasePath(c.CaseDefinitionId, c.Id)}" } },
        };
    }

    /// <summary>The published identity shape: <c>{id, etsUuid, caseIdentityType}</c>.</summary>
    public static JsonObject? Identity(EmulatedIdentity? identity)
        => identity is null
            ? null
            : new JsonObject { ["id"] = identity.Id, ["etsUuid"] = EtsUuid(identity.Id), ["caseIdentityType"] = identity.IdentityType };

    /// <summary>The published definition DTO (<c>CaseInstanceDTO.json</c>) plus <c>caseConfigId</c> and the assumed <c>stages</c>.</summary>
    public static JsonObject Definition(EmulatedCaseDefinition d) => new()
    {
        ["id"] = d.Id,
        ["name"] = d.Name,
        ["description"] = d.Description,
        ["classification"] = d.Classification is null ? null : new JsonObject { ["name"] = d.Classification },
        ["settings"] = new JsonObject
        {
            ["duration"] = null,
            ["defaultAssignee"] = null,
            ["defaultAssigneeGroup"] = null,
            ["email"] = null,
            ["caseSLAs"] = new JsonArray(),
        },
        ["caseIdGenerator"] = new JsonObject
        {
            ["prefix"] = d.Prefix,
            ["suffix"] = d.Suffix,
            ["sequenceName"] = "Numeric generator",
            ["customGeneratorLogicEndpoint"] = null,
        },
        ["caseConfigId"] = d.CaseConfigId,
        ["stages"] = new JsonArray([.. d.Stages.Select((s, i) => (JsonNode)new JsonObject { ["id"] = $"{d.Id}-stage-{i + 1}", ["name"] = s, ["order"] = i + 1 })]),
    };

    public static JsonObject Comment(EmulatedComment c) => new()
    {
        ["id"] = c.Id,
        ["text"] = c.Text,
        ["visibility"] = c.Visibility,
        ["createdOn"] = CoreCaseHttp.FormatDate(c.CreatedOn),
    };

    public static JsonObject Task(EmulatedTask t) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["description"] = t.Description,
        ["status"] = t.Status,
        ["assignee"] = Identity(t.Assignee),
        ["dueDate"] = t.DueDate is { } due ? CoreCaseHttp.FormatDate(due) : null,
        ["outcome"] = t.Outcome,
        ["createdOn"] = CoreCaseHttp.FormatDate(t.CreatedOn),
        ["completedOn"] = t.CompletedOn is { } done ? CoreCaseHttp.FormatDate(done) : null,
    };

    public static JsonObject Attachment(EmulatedAttachment a, EmulatedCase owner, HttpRequest request) => new()
    {
        ["id"] = a.Id,
        ["fileName"] = a.FileName,
        ["mimeType"] = a.MimeType,
        ["size"] = a.Content.LongLength,
        ["sha256"] = a.Sha256,
        ["createdOn"] = CoreCaseHttp.FormatDate(a.CreatedOn),
        ["_links"] = new JsonObject
        {
            ["content"] = new JsonObject { ["href"] = $"{ApiRoot(request)}/{CasePath(owner.CaseDefinitionId, owner.Id)}/attachments/{a.Id}/content" },
        },
    };

    public static JsonObject Link(EmulatedLink l) => new()
    {
        ["id"] = l.Id,
        ["sourceCaseDefinitionId"] = l.SourceCaseDefinitionId,
        ["sourceCaseId"] = l.SourceCaseId,
        ["targetCaseDefinitionId"] = l.TargetCaseDefinitionId,
        ["targetCaseId"] = l.TargetCaseId,
        ["relationType"] = l.RelationType,
        ["createdOn"] = CoreCaseHttp.FormatDate(l.CreatedOn),
    };

    public static JsonObject Event(EmulatedEvent e) => new()
    {
        ["id"] = e.Id,
        ["sequence"] = e.Sequence,
        ["caseDefinitionId"] = e.CaseDefinitionId,
        ["caseId"] = e.CaseId,
        ["type"] = e.Type,
        ["occurredOn"] = CoreCaseHttp.FormatDate(e.OccurredOn),
        ["data"] = e.Data.DeepClone(),
    };

    private static string EtsUuid(string id)
        => "urn:uuid:" + new Guid(MD5.HashData(Encoding.UTF8.GetBytes(id)));
}
