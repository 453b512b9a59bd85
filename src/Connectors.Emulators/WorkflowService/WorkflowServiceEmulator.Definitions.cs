using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.WorkflowService;

/// <summary>Process models and definitions.</summary>
public sealed partial class WorkflowServiceEmulator
{
    private static readonly Dictionary<string, Func<ProcessDefinitionEntry, IComparable?>> DefinitionSorts = new()
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
            var modelType = Text(body, "modelType") ?? "json";
            if (modelType != "json")
            {
                throw WorkflowApiException.BadRequest("The emulator deploys modelType 'json' only (its simplified model).");
            }

            var model = ProcessModelJson.TryParse(body["modelContent"], Text(body, "modelId"), out var error)
                ?? throw WorkflowApiException.BadRequest(error!);
            var definition = Engine.Deploy(model);
            return Json(WorkflowJson.Definition(definition, TenantId), StatusCodes.Status201Created);
        }));

        api.MapGet("/process-definitions", (HttpRequest request) => Run(() =>
        {
            var key = Query(request, "key");
            var latest = QueryBool(request, "latest") ?? false;
            var definitions = Engine.Definitions.Where(d => key is null || d.Key == key);
            if (latest)
            {
                definitions = definitions.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!);
            }

            return Json(Page(request, definitions, DefinitionSorts, "key", d => WorkflowJson.Definition(d, TenantId)));
        }));

        api.MapGet("/process-definitions/{id}", (string id) => Run(()
            => Json(WorkflowJson.Definition(Engine.DefinitionById(id), TenantId))));
    }
}
