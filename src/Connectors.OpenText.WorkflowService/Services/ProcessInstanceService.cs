using Connectors.Core;
using Connectors.OpenText.WorkflowService.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>Process instances: start, get, list, variables, suspend/activate, delete.</summary>
public class ProcessInstanceService
{
    private readonly ApiConnection _connection;
    private readonly int _pageSize;

    internal ProcessInstanceService(ApiConnection connection, int pageSize)
    {
        _connection = connection;
        _pageSize = pageSize;
    }

    /// <summary>For mocking.</summary>
    protected ProcessInstanceService()
    {
        _connection = null!;
    }

    private static WorkflowServiceJsonContext Json => WorkflowServiceJsonContext.Default;

    /// <summary>
    /// Starts an instance of the latest version of <paramref name="processDefinitionKey"/>. Not retried after a
    /// timeout or 5xx (it may have started): look it up by business key before starting again.
    /// </summary>
    /// <param name="processDefinitionKey">The definition key.</param>
    /// <param name="options">Business key, name and variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<ProcessInstance>> StartAsync(string processDefinitionKey, StartProcessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(processDefinitionKey);
        options ??= new StartProcessOptions();
        var body = new StartProcessRequest
        {
            ProcessDefinitionKey = processDefinitionKey,
            BusinessKey = options.BusinessKey,
            Name = options.Name,
            Variables = options.Variables.ToArray(),
            ReturnVariables = options.ReturnVariables,
        };
        return _connection.SendAsync(ApiRequest.Post(WorkflowServiceRoutes.ProcessInstances).WithJson(body, Json.StartProcessRequest), Json.ProcessInstance, cancellationToken);
    }

    /// <summary>Gets a running instance.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="includeVariables">Include the process variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No running instance has that id (finished ones are in history).</exception>
    public virtual Task<Response<ProcessInstance>> GetAsync(string id, bool includeVariables = true, CancellationToken cancellationToken = default)
        => _connection.SendAsync(
            ApiRequest.Get(WorkflowServiceRoutes.ProcessInstance(id)).WithQuery("includeProcessVariables", includeVariables),
            Json.ProcessInstance,
            cancellationToken);

    /// <summary>Lists running instances, e.g. by business key or suspended state.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<ProcessInstance> ListAsync(ProcessInstanceQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new ProcessInstanceQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(WorkflowServiceRoutes.ProcessInstances)
                .WithQuery("businessKey", query.BusinessKey)
                .WithQuery("processDefinitionKey", query.ProcessDefinitionKey)
                .WithQuery("suspended", query.Suspended)
                .WithQuery("includeProcessVariables", query.IncludeVariables ? true : null)
                .WithQuery("sort", query.Sort)
                .WithQuery("order", WorkflowListing.OrderText(query.Order)),
            Json.DataResponseProcessInstance,
            cancellationToken);
    }

    /// <summary>Gets the instance's variables.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<WorkflowVariable>>> GetVariablesAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(WorkflowServiceRoutes.ProcessInstanceVariables(id)), Json.ListWorkflowVariable, cancellationToken)
            .ConfigureAwait(false);
        return new Response<IReadOnlyList<WorkflowVariable>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Gets one variable.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="name">The variable name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">The instance or the variable does not exist.</exception>
    public virtual Task<Response<WorkflowVariable>> GetVariableAsync(string id, string name, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Get(WorkflowServiceRoutes.ProcessInstanceVariable(id, name)), Json.WorkflowVariable, cancellationToken);

    /// <summary>Creates or updates variables (a PUT: safe to retry).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="variables">The variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<WorkflowVariable>>> SetVariablesAsync(string id, IEnumerable<WorkflowVariable> variables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var request = ApiRequest.Put(WorkflowServiceRoutes.ProcessInstanceVariables(id)).WithJson(variables.ToList(), Json.ListWorkflowVariable);
        var response = await _connection.SendAsync(request, Json.ListWorkflowVariable, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<WorkflowVariable>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Suspends an instance: its tasks cannot be completed until it is activated.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorConflictException">It is already suspended.</exception>
    public virtual Task<Response<ProcessInstance>> SuspendAsync(string id, CancellationToken cancellationToken = default)
        => ActAsync(id, "suspend", cancellationToken);

    /// <summary>Activates a suspended instance.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorConflictException">It is already active.</exception>
    public virtual Task<Response<ProcessInstance>> ActivateAsync(string id, CancellationToken cancellationToken = default)
        => ActAsync(id, "activate", cancellationToken);

    /// <summary>Deletes a running instance; it stays in history with <paramref name="reason"/>.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="reason">Why (kept as the delete reason).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> DeleteAsync(string id, string? reason = null, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Delete(WorkflowServiceRoutes.ProcessInstance(id)).WithQuery("deleteReason", reason), cancellationToken);

    private Task<Response<ProcessInstance>> ActAsync(string id, string action, CancellationToken cancellationToken)
        => _connection.SendAsync(
            ApiRequest.Put(WorkflowServiceRoutes.ProcessInstance(id)).WithJson(new ActionRequest { Action = action }, Json.ActionRequest),
            Json.ProcessInstance,
            cancellationToken);
}
