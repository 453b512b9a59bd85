using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Process models (<c>runtime/models</c>, published): list, the latest version of a key, deploy, delete.
/// OpenText calls deployed process definitions "models"; there is no separate definitions route.
/// </summary>
public class ModelService
{
    /// <summary>The model type of the modeler's JSON export, the one OpenText's examples use.</summary>
    public const string JsonModelType = "json";

    private readonly ApiConnection _connection;
    private readonly int _pageSize;

    internal ModelService(ApiConnection connection, int pageSize)
    {
        _connection = connection;
        _pageSize = pageSize;
    }

    /// <summary>For mocking.</summary>
    protected ModelService()
    {
        _connection = null!;
    }

    private static WorkflowServiceJsonContext Json => WorkflowServiceJsonContext.Default;

    /// <summary>Lists models (<c>GET runtime/models</c>), optionally of one key and only the latest version of each key.</summary>
    /// <param name="key">Only this key.</param>
    /// <param name="latestOnly">Only the newest version of each key (<c>latestVersion=true</c>).</param>
    /// <param name="modelType">Only this model type, e.g. <see cref="JsonModelType"/>; all when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<WorkflowModel> ListAsync(string? key = null, bool latestOnly = true, string? modelType = null, CancellationToken cancellationToken = default)
        => WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => Query(key, latestOnly, modelType),
            WorkflowServiceRoutes.Embedded.Models,
            Json.ListWorkflowModel,
            cancellationToken);

    /// <summary>Gets the latest version of the model with <paramref name="key"/> (<c>?key=&amp;latestVersion=true&amp;modelType=</c>).</summary>
    /// <param name="key">The process key, e.g. <c>claims-process</c>.</param>
    /// <param name="modelType">The model type; <see cref="JsonModelType"/> as in OpenText's examples.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No model is deployed with that key.</exception>
    /// <exception cref="ConnectorSerializationException">The answer is not a HAL list of models.</exception>
    public virtual async Task<Response<WorkflowModel>> GetLatestAsync(string key, string modelType = JsonModelType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var request = Query(key, latestOnly: true, modelType);
        var response = await _connection.SendAsync(request, WorkflowListing.TypeInfo(WorkflowServiceRoutes.Embedded.Models, Json.ListWorkflowModel), cancellationToken).ConfigureAwait(false);
        var list = response.Value;
        var model = list.Items.Where(m => m.Key == key).MaxBy(m => m.Version)
            ?? throw new ConnectorNotFoundException(_connection.System, $"No process model is deployed with key '{key}'.")
            {
                Status = 404,
                Request = $"GET {WorkflowServiceRoutes.Models}",
            };
        return new Response<WorkflowModel>(model, response.GetRawResponse());
    }

    /// <summary>
    /// Deploys a process model (<c>POST runtime/models</c> with <c>{modelType, modelContent}</c>, as published); deploying
    /// a model with the same key again creates a new version. Not retried after a timeout or 5xx.
    /// </summary>
    /// <param name="modelContent">The model, as the modeler exports it.</param>
    /// <param name="modelType">The model type; <see cref="JsonModelType"/> as in OpenText's examples.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorValidationException">The service refused the model (its message is in <see cref="ConnectorException.VendorMessage"/>).</exception>
    public virtual Task<Response<WorkflowModel>> DeployAsync(JsonElement modelContent, string modelType = JsonModelType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelType);
        if (modelContent.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            throw new ArgumentException("The model content is empty.", nameof(modelContent));
        }

        var body = new DeployModelRequest { ModelType = modelType, ModelContent = modelContent };
        return _connection.SendAsync(ApiRequest.Post(WorkflowServiceRoutes.Models).WithJson(body, Json.DeployModelRequest), Json.WorkflowModel, cancellationToken);
    }

    /// <summary>Deletes a model (<c>DELETE runtime/models/{id}</c>, published).</summary>
    /// <param name="id">The model id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No model has that id.</exception>
    public virtual Task<Response> DeleteAsync(string id, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Delete(WorkflowServiceRoutes.Model(id)), cancellationToken);

    private static ApiRequest Query(string? key, bool latestOnly, string? modelType)
        => ApiRequest.Get(WorkflowServiceRoutes.Models)
            .WithQuery(WorkflowServiceRoutes.Query.ModelType, modelType)
            .WithQuery(WorkflowServiceRoutes.Query.Key, key)
            .WithQuery(WorkflowServiceRoutes.Query.LatestVersion, latestOnly ? true : null);
}
