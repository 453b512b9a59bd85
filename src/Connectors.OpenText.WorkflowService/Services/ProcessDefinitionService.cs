using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.WorkflowService.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>Deployed process definitions: list, get the latest version of a key, deploy a model.</summary>
public class ProcessDefinitionService
{
    private readonly ApiConnection _connection;
    private readonly int _pageSize;

    internal ProcessDefinitionService(ApiConnection connection, int pageSize)
    {
        _connection = connection;
        _pageSize = pageSize;
    }

    /// <summary>For mocking.</summary>
    protected ProcessDefinitionService()
    {
        _connection = null!;
    }

    private static WorkflowServiceJsonContext Json => WorkflowServiceJsonContext.Default;

    /// <summary>Lists definitions, optionally of one key and only the latest version of each key.</summary>
    /// <param name="key">Only this key.</param>
    /// <param name="latestOnly">Only the newest version of each key.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<ProcessDefinition> ListAsync(string? key = null, bool latestOnly = true, CancellationToken cancellationToken = default)
        => WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(WorkflowServiceRoutes.ProcessDefinitions).WithQuery("key", key).WithQuery("latest", latestOnly),
            Json.DataResponseProcessDefinition,
            cancellationToken);

    /// <summary>Gets the latest version of the definition with <paramref name="key"/>.</summary>
    /// <param name="key">The definition key, e.g. <c>claims-process</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No definition is deployed with that key.</exception>
    public virtual async Task<Response<ProcessDefinition>> GetLatestAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var request = ApiRequest.Get(WorkflowServiceRoutes.ProcessDefinitions)
            .WithQuery("key", key).WithQuery("latest", true).WithQuery("offset", 0L).WithQuery("count", 1L);
        var response = await _connection.SendAsync(request, Json.DataResponseProcessDefinition, cancellationToken).ConfigureAwait(false);
        var definition = response.Value.Data.FirstOrDefault()
            ?? throw new ConnectorNotFoundException(_connection.System, $"No process definition is deployed with key '{key}'.")
            {
                Status = 404,
                Request = $"GET {WorkflowServiceRoutes.ProcessDefinitions}",
            };
        return new Response<ProcessDefinition>(definition, response.GetRawResponse());
    }

    /// <summary>Gets one definition version by id.</summary>
    /// <param name="id">The definition id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<ProcessDefinition>> GetAsync(string id, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Get(WorkflowServiceRoutes.ProcessDefinition(id)), Json.ProcessDefinition, cancellationToken);

    /// <summary>
    /// Deploys a process model (<c>POST /runtime/models</c>); deploying the same model id again creates a new version.
    /// </summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="modelType"><c>json</c> (BPMN JSON from the modeler) or <c>xml</c> (encoded BPMN XML).</param>
    /// <param name="modelContent">The model content, as the modeler exports it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<ProcessDefinition>> DeployAsync(string modelId, string modelType, JsonElement modelContent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelType);
        var body = new DeployModelRequest { ModelId = modelId, ModelType = modelType, ModelContent = modelContent };
        return _connection.SendAsync(ApiRequest.Post(WorkflowServiceRoutes.RuntimeModels).WithJson(body, Json.DeployModelRequest), Json.ProcessDefinition, cancellationToken);
    }
}
