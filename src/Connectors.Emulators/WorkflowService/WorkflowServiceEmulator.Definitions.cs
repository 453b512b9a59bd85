using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.WorkflowService;

/// <summary>Process models on the published <c>runtime/models</c> routes (list, latest by key, deploy, delete).</summary>
public sealed partial class WorkflowServiceEmulator
{
    private static readonly Dictionary<string, Func<ProcessDefinitionEntry, IComparable?>> ModelSorts = new()
    {
        ["key"] = d => d.Key,
        ["name"] = d => d.Model.Name,
        ["version"] = d => d.Version,
        ["id"] = d => d.Id,
        ["deployTime"] = d => d.DeployTime,
    };

    private void MapDefinitions(RouteGroupBuilder api)
    {
        api.MapPost("/runtime/models", (HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var modelType = Text(body, "modelType") ?? throw WorkflowApiException.BadRequest("modelType is required (e.g. json).");
            if (modelType != "json")
            {
                throw WorkflowApiException.BadRequest($"The emulator deploys modelType 'json' only, not '{modelType}'.");
            }

            var model = ProcessModelJson.TryParse(body["modelContent"], out var error)
                ?? throw WorkflowApiException.BadRequest(error!);
            var definition = Engine.Deploy(model);
            return Json(WorkflowJson.Model(definition, TenantId), StatusCodes.Status201Created);
        }));

        api.MapGet("/runtime/models", (HttpRequest request) => Run(() =>
        {
            var key = Query(request, "key");
            var modelType = Query(request, "modelType");
            var latest = QueryBool(request, "latestVersion") ?? false;
            var models = Engine.Definitions.Where(d => (key is null || d.Key == key) && (modelType is null || modelType == "json"));
            if (latest)
            {
                models = models.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!);
            }

            return Json(Page(request, "models", models, ModelSorts, "key", d => WorkflowJson.Model(d, TenantId)));
        }));

        api.MapDelete("/runtime/models/{id}", (string id) => Run(() =>
        {
            Engine.DeleteModel(id);
            return Results.NoContent();
        }));
    }
}
