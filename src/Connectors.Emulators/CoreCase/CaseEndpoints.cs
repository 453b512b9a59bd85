using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// Cases on the published routes: create (JSON body, or the multipart "Create Case with Attachments"), get, and
/// <c>PUT …/case-data</c>; plus the assumed search (a GET on the create path).
/// </summary>
internal sealed class CaseEndpoints(CoreCaseEmulator emulator)
{
    private const string Cases = "/case-definitions/{caseDefinitionId}/cases";
    private static readonly string[] Priorities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapPost(Cases, CreateAsync);
        api.MapGet(Cases, List);
        api.MapGet(Cases + "/{caseId}", Get);
        api.MapPut(Cases + "/{caseId}/case-data", UpdateDataAsync);
    }

    private static IResult? ValidateAttributes(HttpRequest request, JsonObject attributes)
    {
        const string Field = "caseProperties.defaultAttributes";
        if (string.IsNullOrWhiteSpace(Text(attributes, CoreCaseAttributes.Title)))
        {
            return Invalid(request, $"{Field}.caseTitle", attributes[CoreCaseAttributes.Title] is null ? "is required" : "must be a non-empty string");
        }

        if (attributes["priority"] is not null && !Priorities.Contains(Text(attributes, "priority")))
        {
            return Invalid(request, $"{Field}.priority", $"must be one of {string.Join(", ", Priorities)}");
        }

        if (attributes["dueDate"] is not null && !TryParseDate(Text(attributes, "dueDate"), out _))
        {
            return Invalid(request, $"{Field}.dueDate", "must be a date-time");
        }

        var references = attributes[CoreCaseAttributes.ExternalReferences];
        return references is null
               || (references is JsonArray array && array.All(r => !string.IsNullOrWhiteSpace(Text(r, "system")) && !string.IsNullOrWhiteSpace(Text(r, "id"))))
            ? null
            : Invalid(request, $"{Field}.externalReferences", "must be an array of {system, id}");
    }

    private async Task<IResult> CreateAsync(string caseDefinitionId, HttpRequest request)
    {
        JsonObject? body;
        List<ReceivedFile> files = [];
        if (CoreCaseMultipart.IsMultipart(request, out var boundary))
        {
            (body, files, var formError) = await CoreCaseMultipart.ReadAsync(emulator, request, boundary).ConfigureAwait(false);
            if (formError is not null)
            {
                return formError;
            }

            if (body is null)
            {
                return Invalid(request, CoreCaseMultipart.CasePart, "a part with the case JSON is required");
            }
        }
        else
        {
            (body, var error) = await ReadObjectAsync(request).ConfigureAwait(false);
            if (body is null)
            {
                return error!;
            }
        }

        var typeId = Text(body["caseType"], "id");
        if (typeId is not null && typeId != caseDefinitionId)
        {
            return Invalid(request, "caseType.id", $"'{typeId}' is not the case definition of the path, '{caseDefinitionId}'");
        }

        var given = Obj(body["caseProperties"], "defaultAttributes");
        if (given is null)
        {
            return Invalid(request, "caseProperties.defaultAttributes", "is required");
        }

        var attributes = CoreCaseAttributes.Writable(given);
        if (ValidateAttributes(request, attributes) is { } invalid)
        {
            return invalid;
        }

        var caller = Caller(request);
        lock (State.Gate)
        {
            var definition = State.Definition(caseDefinitionId);
            if (definition is null)
            {
                return DefinitionNotFound(request, caseDefinitionId);
            }

            var configId = Text(body, "caseConfigId");
            if (configId is not null && configId != definition.CaseConfigId)
            {
                return Invalid(request, "caseConfigId", $"'{configId}' is not the configuration of case definition '{caseDefinitionId}'");
            }

            if (Duplicate(request, caller.TenantId, attributes, except: null) is { } duplicate)
            {
                return duplicate;
            }

            var created = State.NewCase(caller.TenantId, definition, caller.Identity);
            created.Attributes = attributes;
            created.CustomAttributes = Obj(body["caseProperties"], "customAttributes") is { } custom ? (JsonObject)custom.DeepClone() : [];
            State.Record(created, "CASE_CREATED", new JsonObject { ["status"] = created.Status });
            foreach (var file in files)
            {
                var attachment = new EmulatedAttachment(Guid.NewGuid().ToString(), file.FileName, file.MimeType, file.Content, file.Sha256, State.Time.GetUtcNow());
                created.Attachments.Add(attachment);
                State.Record(created, "ATTACHMENT_ADDED", new JsonObject { ["attachmentId"] = attachment.Id, ["fileName"] = file.FileName, ["size"] = file.Content.LongLength });
            }

            request.HttpContext.Response.Headers.Location = $"{CoreCaseRender.ApiRoot(request)}/{CoreCaseRender.CasePath(caseDefinitionId, created.Id)}";
            return Json(CoreCaseRender.Case(created, definition, request), StatusCodes.Status201Created);
        }
    }

    private IResult List(string caseDefinitionId, HttpRequest request)
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

        string? assigneeId = query["assigneeId"], system = query["externalSystem"], externalId = query["externalId"];
        if ((system is null) != (externalId is null))
        {
            return Invalid(request, "externalSystem", "externalSystem and externalId go together");
        }

        var caller = Caller(request);
        lock (State.Gate)
        {
            var definition = State.Definition(caseDefinitionId);
            if (definition is null)
            {
                return DefinitionNotFound(request, caseDefinitionId);
            }

            var matches = State.TenantCases(caller.TenantId)
                .Where(c => c.CaseDefinitionId == caseDefinitionId)
                .Where(c => statuses.Count == 0 || statuses.Contains(c.Status))
                .Where(c => assigneeId is null || c.Assignee?.Id == assigneeId)
                .Where(c => createdFrom is null || c.CreatedOn >= createdFrom)
                .Where(c => createdTo is null || c.CreatedOn < createdTo)
                .Where(c => modifiedSince is null || c.LastUpdatedOn >= modifiedSince)
                .Where(c => system is null || c.ExternalReferences.Contains(new EmulatedExternalReference(system, externalId!)));
            var ordered = modifiedSince is null
                ? matches.OrderBy(c => c.Sequence)
                : matches.OrderBy(c => c.LastUpdatedOn).ThenBy(c => c.Sequence);
            return Page(request, "cases", [.. ordered.Select(c => CoreCaseRender.Case(c, definition, request))], emulator.MaxPageSize);
        }
    }

    private IResult Get(string caseDefinitionId, string caseId, HttpRequest request)
        => WithCase(State, request, caseDefinitionId, caseId, (found, _) => Json(CoreCaseRender.Case(found, State.Definition(caseDefinitionId), request)));

    /// <summary>
    /// Published: <c>PUT …/case-data</c> with <c>{caseProperties: {defaultAttributes, customAttributes}}</c>. Whether the
    /// service replaces or merges is not published; the emulator merges (the published example body carries only audit
    /// fields, which the service fills and ignores here): attributes sent are set, <c>null</c> clears one, attributes not
    /// sent are kept. The client sends the whole data, so it is right either way.
    /// </summary>
    private async Task<IResult> UpdateDataAsync(string caseDefinitionId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var given = Obj(body["caseProperties"], "defaultAttributes");
        if (given is null)
        {
            return Invalid(request, "caseProperties.defaultAttributes", "is required");
        }

        var sent = CoreCaseAttributes.Writable(given);
        var custom = Obj(body["caseProperties"], "customAttributes");
        return WithOpenCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
            var attributes = Merge(found.Attributes, sent);
            if (ValidateAttributes(request, attributes) is { } invalid)
            {
                return invalid;
            }

            if (Duplicate(request, caller.TenantId, attributes, except: found.Id) is { } duplicate)
            {
                return duplicate;
            }

            var changed = Changed(found.Attributes, attributes);
            if (custom is not null)
            {
                var merged = Merge(found.CustomAttributes, custom);
                changed.AddRange(Changed(found.CustomAttributes, merged).Select(n => "customAttributes." + n));
                found.CustomAttributes = merged;
            }

            found.Attributes = attributes;
            if (changed.Count > 0)
            {
                State.Touch(found, caller.Identity);
                State.Record(found, "CASE_UPDATED", new JsonObject { ["attributes"] = new JsonArray([.. changed.Select(n => (JsonNode)JsonValue.Create(n))]) });
            }

            return Json(CoreCaseRender.Case(found, State.Definition(caseDefinitionId), request));
        });
    }

    private static JsonObject Merge(JsonObject current, JsonObject sent)
    {
        var merged = (JsonObject)current.DeepClone();
        foreach (var (name, value) in sent)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value.DeepClone();
            }
        }

        return merged;
    }

    private IResult? Duplicate(HttpRequest request, string tenantId, JsonObject attributes, string? except)
    {
        // The check and the insert share the lock: two racing creates with one reference make one case.
        foreach (var reference in CoreCaseAttributes.References(attributes))
        {
            if (State.CaseWithReference(tenantId, reference, except) is { } existing)
            {
                var conflict = ErrorBody(request, StatusCodes.Status409Conflict, "DUPLICATE_EXTERNAL_REFERENCE",
                    $"External reference {reference.System}/{reference.Id} already belongs to case {existing.CaseNumber}.");
                conflict["existingCaseId"] = existing.Id;
                conflict["existingCaseDefinitionId"] = existing.CaseDefinitionId;
                return Json(conflict, StatusCodes.Status409Conflict);
            }
        }

        return null;
    }

    private static List<string> Changed(JsonObject before, JsonObject after)
        => [.. before.Select(p => p.Key).Union(after.Select(p => p.Key))
            .Where(name => !JsonNode.DeepEquals(before[name], after[name]))
            .Order(StringComparer.Ordinal)];

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
}
