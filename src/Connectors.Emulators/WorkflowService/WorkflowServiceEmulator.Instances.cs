using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.WorkflowService;

/// <summary>Process instances, their variables and comments, on the published routes (GET of variables is assumed).</summary>
public sealed partial class WorkflowServiceEmulator
{
    private static readonly Dictionary<string, Func<ProcessInstanceEntry, IComparable?>> InstanceSorts = new()
    {
        ["id"] = i => i.Sequence,
        ["startTime"] = i => i.StartTime,
        ["endTime"] = i => i.EndTime,
        ["businessKey"] = i => i.BusinessKey,
        ["processDefinitionKey"] = i => i.Definition.Key,
    };

    private void MapInstances(RouteGroupBuilder api)
    {
        api.MapPost("/process-instances", (HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var key = Text(body, "processDefinitionKey");
            var definitionId = Text(body, "processDefinitionId");
            if (key is null && definitionId is null)
            {
                throw WorkflowApiException.BadRequest("Either processDefinitionKey or processDefinitionId is required.");
            }

            var variables = Variables(body["variables"]);
            var (instance, events) = Engine.Start(key, definitionId, Text(body, "businessKey"), Text(body, "name"), variables);
            var returnVariables = body["returnVariables"] is JsonValue r && r.TryGetValue(out bool b) && b;
            return await WithCallbacksAsync(events, Json(WorkflowJson.Instance(instance, TenantId, returnVariables), StatusCodes.Status201Created))
                .ConfigureAwait(false);
        }));

        api.MapGet("/process-instances", (HttpRequest request) => Run(() =>
        {
            var businessKey = Query(request, "businessKey");
            var key = Query(request, "processDefinitionKey");
            var id = Query(request, "id");
            var suspended = QueryBool(request, "suspended");
            var include = QueryBool(request, "includeProcessVariables") ?? false;
            var instances = Engine.QueryInstances(i => !i.Ended
                && (id is null || i.Id == id)
                && (businessKey is null || i.BusinessKey == businessKey)
                && (key is null || i.Definition.Key == key)
                && (suspended is null || i.Suspended == suspended));
            return Json(Page(request, "process-instances", instances, InstanceSorts, "id", i => WorkflowJson.Instance(i, TenantId, include)));
        }));

        api.MapGet("/process-instances/{id}", (string id, HttpRequest request) => Run(()
            => Json(WorkflowJson.Instance(Engine.RunningInstance(id), TenantId, QueryBool(request, "includeProcessVariables") ?? false))));

        api.MapPut("/process-instances/{id}", (string id, HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var comment = body["comment"] switch
            {
                null => null,
                JsonObject c => Text(c, "message"),
                _ => throw WorkflowApiException.BadRequest("comment must be an object."),
            };
            var events = Text(body, "action") switch
            {
                "suspend" => Engine.SetSuspended(id, true),
                "activate" => Engine.SetSuspended(id, false),
                var other => throw WorkflowApiException.BadRequest($"Invalid action '{other}'; use suspend or activate."),
            };
            if (!string.IsNullOrWhiteSpace(comment))
            {
                Engine.AddInstanceComment(id, comment);
            }

            return await WithCallbacksAsync(events, Json(WorkflowJson.Instance(Engine.RunningInstance(id), TenantId, false)))
                .ConfigureAwait(false);
        }));

        api.MapDelete("/process-instances/{id}", (string id, HttpRequest request) => Run(async ()
            => await WithCallbacksAsync(Engine.Delete(id, Query(request, "deleteReason")), Results.NoContent()).ConfigureAwait(false)));

        api.MapGet("/process-instances/{id}/variables", (string id) => Run(()
            => Json(WorkflowJson.Variables(Engine.VariablesOf(id)))));

        api.MapPost("/process-instances/{id}/variables", (string id, HttpRequest request) => Run(async () =>
        {
            var variables = Variables(await ReadArrayAsync(request).ConfigureAwait(false));
            return Json(WorkflowJson.Variables(Engine.AddVariables(id, variables)), StatusCodes.Status201Created);
        }));

        api.MapPut("/process-instances/{id}/variables/{name}", (string id, string name, HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            body["name"] ??= name;
            if (Text(body, "name") != name)
            {
                throw WorkflowApiException.BadRequest($"The body names variable '{Text(body, "name")}', the path '{name}'.");
            }

            var variable = StoredVariable.TryParse(body, out var error) ?? throw WorkflowApiException.BadRequest(error!);
            return Json(Engine.SetVariables(id, [variable])[0].ToJson());
        }));

        api.MapGet("/process-instances/{id}/comments", (string id) => Run(() =>
        {
            var instance = Engine.RunningInstance(id);
            return Json(new JsonArray(instance.Comments.Select(c => (JsonNode?)WorkflowJson.Comment(c, instance)).ToArray()));
        }));

        api.MapPost("/process-instances/{id}/comments", (string id, HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var message = Text(body, "message");
            if (string.IsNullOrWhiteSpace(message))
            {
                throw WorkflowApiException.BadRequest("A comment needs a message.");
            }

            var comment = Engine.AddInstanceComment(id, message);
            return Json(WorkflowJson.Comment(comment, Engine.RunningInstance(id)), StatusCodes.Status201Created);
        }));

        api.MapGet("/process-instances/{id}/variables/{name}", (string id, string name) => Run(()
            => Json(Engine.VariablesOf(id).FirstOrDefault(v => v.Name == name)?.ToJson()
                ?? throw WorkflowApiException.NotFound($"Process instance '{id}' has no variable '{name}'."))));
    }
}
