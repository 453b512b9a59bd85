using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>Case instances: create, search, get, update (plus validation helpers the other endpoints share).</summary>
internal sealed class CaseEndpoints(CoreCaseEmulator emulator)
{
    private static readonly string[] Priorities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/caseinstances", CreateAsync);
        api.MapGet("/caseinstances", List);
        api.MapGet("/caseinstances/{caseId}", Get);
        api.MapPatch("/caseinstances/{caseId}", UpdateAsync);
    }

    internal static IResult? ValidateAttributes(HttpRequest request, JsonObject attributes, bool requireTitle)
    {
        var title = attributes["caseTitle"];
        if ((requireTitle || attributes.ContainsKey("caseTitle")) && string.IsNullOrWhiteSpace(Text(attributes, "caseTitle")))
        {
            return Invalid(request, "caseProperties.defaultAttributes.caseTitle", title is null ? "is required" : "must be a non-empty string");
        }

        if (attributes["priority"] is not null && !Priorities.Contains(Text(attributes, "priority")))
        {
            return Invalid(request, "caseProperties.defaultAttributes.priority", $"must be one of {string.Join(", ", Priorities)}");
        }

        return attributes["dueDate"] is not null && !TryParseDate(Text(attributes, "dueDate"), out _)
            ? Invalid(request, "caseProperties.defaultAttributes.dueDate", "must be a date-time")
            : null;
    }

    internal static (EmulatedAssignee? Assignee, IResult? Error) ReadAssignee(HttpRequest request, JsonNode? node, string field)
    {
        if (node is null)
        {
            return (null, null);
        }

        var type = Text(node, "type");
        var id = Text(node, "id");
        return type is not ("USER" or "GROUP") ? (null, Invalid(request, $"{field}.type", "must be USER or GROUP"))
            : string.IsNullOrWhiteSpace(id) ? (null, Invalid(request, $"{field}.id", "is required"))
            : (new EmulatedAssignee(type, id), null);
    }

    private async Task<IResult> CreateAsync(string tenantId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var typeId = Text(body["caseType"], "id");
        if (string.IsNullOrWhiteSpace(typeId))
        {
            return Invalid(request, "caseType.id", "is required");
        }

        var attributes = Obj(body["caseProperties"], "defaultAttributes");
        if (attributes is null)
        {
            return Invalid(request, "caseProperties.defaultAttributes", "is required");
        }

        if (ValidateAttributes(request, attributes, requireTitle: true) is { } invalid)
        {
            return invalid;
        }

        var references = new List<EmulatedExternalReference>();
        if (body["externalReferences"] is JsonArray array)
        {
            foreach (var item in array)
            {
                var system = Text(item, "system");
                var id = Text(item, "id");
                if (string.IsNullOrWhiteSpace(system) || string.IsNullOrWhiteSpace(id))
                {
                    return Invalid(request, "externalReferences", "each reference needs a system and an id");
                }

                references.Add(new EmulatedExternalReference(system, id));
            }
        }
        else if (body["externalReferences"] is not null)
        {
            return Invalid(request, "externalReferences", "must be an array");
        }

        var (assignee, assigneeError) = ReadAssignee(request, body["assignee"], "assignee");
        if (assigneeError is not null)
        {
            return assigneeError;
        }

        lock (State.Gate)
        {
            var type = State.CaseType(typeId);
            if (type is null)
            {
                return Invalid(request, "caseType.id", $"case type '{typeId}' does not exist");
            }

            var configId = Text(body, "caseConfigId");
            if (configId is not null && configId != type.CaseConfigId)
            {
                return Invalid(request, "caseConfigId", $"'{configId}' is not the configuration of case type '{typeId}'");
            }

            // The check and the insert share the lock: two racing creates with one reference make one case.
            foreach (var reference in references)
            {
                if (State.CaseWithReference(tenantId, reference) is { } existing)
                {
                    var conflict = ErrorBody(request, StatusCodes.Status409Conflict, "DUPLICATE_EXTERNAL_REFERENCE",
                        $"External reference {reference.System}/{reference.Id} already belongs to case {existing.CaseNumber}.");
                    conflict["existingCaseId"] = existing.Id;
                    return Json(conflict, StatusCodes.Status409Conflict);
                }
            }

            var created = State.NewCase(tenantId, type);
            created.Attributes = (JsonObject)attributes.DeepClone();
            created.ExternalReferences = references;
            created.Assignee = assignee;
            State.Record(created, "CASE_CREATED", new JsonObject { ["status"] = created.Status });
            var root = CoreCaseRender.ApiRoot(request, tenantId);
            request.HttpContext.Response.Headers.Location = $"{root}/caseinstances/{created.Id}";
            return Json(CoreCaseRender.Case(created, type, root), StatusCodes.Status201Created, ETag(created));
        }
    }

    private IResult List(string tenantId, HttpRequest request)
    {
        var query = request.Query;
        var statuses = query["status"].SelectMany(s => (s ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        if (statuses.FirstOrDefault(s => !CoreCaseStatuses.IsKnown(s)) is { } unknown)
        {
            return Error(request, StatusCodes.Status400BadRequest, "INVALID_STATUS", $"Unknown status '{unknown}'.");
        }

        if (!TryDateQuery(request, "createdFrom", out var createdFrom)
            || !TryDateQuery(request, "createdTo", out var createdTo)
            || !TryDateQuery(request, "modifiedSince", out var modifiedSince))
        {
            return Invalid(request, "createdFrom/createdTo/modifiedSince", "must be a date-time");
        }

        string? typeId = query["caseTypeId"], assigneeId = query["assigneeId"], system = query["externalSystem"], externalId = query["externalId"];
        if ((system is null) != (externalId is null))
        {
            return Invalid(request, "externalSystem", "externalSystem and externalId go together");
        }

        lock (State.Gate)
        {
            var root = CoreCaseRender.ApiRoot(request, tenantId);
            var matches = State.TenantCases(tenantId)
                .Where(c => statuses.Count == 0 || statuses.Contains(c.Status))
                .Where(c => typeId is null || c.CaseTypeId == typeId)
                .Where(c => assigneeId is null || c.Assignee?.Id == assigneeId)
                .Where(c => createdFrom is null || c.CreatedOn >= createdFrom)
                .Where(c => createdTo is null || c.CreatedOn < createdTo)
                .Where(c => modifiedSince is null || c.LastUpdatedOn >= modifiedSince)
                .Where(c => system is null || c.ExternalReferences.Contains(new EmulatedExternalReference(system, externalId!)));
            var ordered = modifiedSince is null
                ? matches.OrderBy(c => c.Sequence)
                : matches.OrderBy(c => c.LastUpdatedOn).ThenBy(c => c.Sequence);
            return Page(request, "caseinstances", [.. ordered.Select(c => CoreCaseRender.Case(c, State.CaseType(c.CaseTypeId), root))], emulator.MaxPageSize);
        }
    }

    private IResult Get(string tenantId, string caseId, HttpRequest request)
    {
        lock (State.Gate)
        {
            var found = State.TenantCase(tenantId, caseId);
            return found is null
                ? NotFound(request, "Case", caseId)
                : Json(CoreCaseRender.Case(found, State.CaseType(found.CaseTypeId), CoreCaseRender.ApiRoot(request, tenantId)), etag: ETag(found));
        }
    }

    private async Task<IResult> UpdateAsync(string tenantId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        if (body.ContainsKey("status"))
        {
            return Invalid(request, "status", "is changed through PUT .../status");
        }

        var patch = Obj(body["caseProperties"], "defaultAttributes");
        if (patch is null)
        {
            return Invalid(request, "caseProperties.defaultAttributes", "is required");
        }

        if (ValidateAttributes(request, (JsonObject)patch.DeepClone(), requireTitle: false) is { } invalid)
        {
            return invalid;
        }

        lock (State.Gate)
        {
            var found = State.TenantCase(tenantId, caseId);
            if (found is null)
            {
                return NotFound(request, "Case", caseId);
            }

            var ifMatch = request.Headers.IfMatch.ToString();
            if (ifMatch.Length > 0 && ifMatch != "*" && ifMatch != ETag(found))
            {
                return Error(request, StatusCodes.Status412PreconditionFailed, "VERSION_MISMATCH", $"Case {found.CaseNumber} changed since version {ifMatch}.");
            }

            if (found.Status == CoreCaseStatuses.Closed)
            {
                return Closed(request, found);
            }

            var changed = new JsonArray();
            foreach (var (name, value) in patch)
            {
                // JSON merge patch: null removes the attribute.
                if (value is null)
                {
                    found.Attributes.Remove(name);
                }
                else
                {
                    found.Attributes[name] = value.DeepClone();
                }

                changed.Add(name);
            }

            State.Touch(found);
            State.Record(found, "CASE_UPDATED", new JsonObject { ["attributes"] = changed });
            return Json(CoreCaseRender.Case(found, State.CaseType(found.CaseTypeId), CoreCaseRender.ApiRoot(request, tenantId)), etag: ETag(found));
        }
    }

    private static bool TryDateQuery(HttpRequest request, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!request.Query.ContainsKey(name))
        {
            return true;
        }

        if (!TryParseDate(request.Query[name], out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    internal static IResult Closed(HttpRequest request, EmulatedCase found)
        => Error(request, StatusCodes.Status409Conflict, "CASE_CLOSED", $"Case {found.CaseNumber} is closed; reopen it first.");

    internal static string ETag(EmulatedCase found) => $"\"{found.Version}\"";
}
