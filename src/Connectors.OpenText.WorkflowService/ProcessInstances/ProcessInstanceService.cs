using Connectors.Core;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Process instances on OpenText's published routes: start, get, list (HAL), <c>PUT</c> actions with a comment, delete,
/// variables (<c>POST</c> an array, <c>PUT</c> one by name) and comments. Reading variables back and the list filters
/// beyond <c>sort</c>/<c>order</c>/<c>offset</c> are assumed (docs/api/workflow-service.md).
/// </summary>
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
    /// Starts an instance of the latest version of <paramref name="processDefinitionKey"/> (<c>POST process-instances</c>).
    /// Not retried after a timeout or 5xx (it may have started): look it up by business key before starting again.
    /// </summary>
    /// <param name="processDefinitionKey">The process key (the model's <c>process_id</c>).</param>
    /// <param name="options">Business key, name and variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No model is deployed with that key.</exception>
    /// <exception cref="ConnectorValidationException">A variable was refused (e.g. of an unknown type); the vendor's message says which.</exception>
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

    /// <summary>Gets a running instance (<c>GET process-instances/{id}</c>).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="includeVariables">Include the process variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No running instance has that id (finished ones are in history); the vendor's message says so.</exception>
    public virtual Task<Response<ProcessInstance>> GetAsync(string id, bool includeVariables = true, CancellationToken cancellationToken = default)
        => _connection.SendAsync(
            ApiRequest.Get(WorkflowServiceRoutes.ProcessInstance(id)).WithQuery(WorkflowServiceRoutes.Query.IncludeProcessVariables, includeVariables),
            Json.ProcessInstance,
            cancellationToken);

    /// <summary>
    /// Lists running instances (<c>GET process-instances</c>, HAL <c>process-instances</c>), paged by <c>offset</c>, sorted
    /// with <see cref="ProcessInstanceQuery.Sort"/>/<see cref="ProcessInstanceQuery.Order"/> (published); the other filters are assumed.
    /// </summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ConnectorSerializationException">An answer is not a HAL list of process instances.</exception>
    public virtual AsyncPageable<ProcessInstance> ListAsync(ProcessInstanceQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new ProcessInstanceQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(WorkflowServiceRoutes.ProcessInstances)
                .WithQuery(WorkflowServiceRoutes.Query.Sort, query.Sort)
                .WithQuery(WorkflowServiceRoutes.Query.Order, WorkflowListing.OrderText(query.Order))
                .WithQuery(AssumedRoutes.Query.BusinessKey, query.BusinessKey)
                .WithQuery(AssumedRoutes.Query.ProcessDefinitionKey, query.ProcessDefinitionKey)
                .WithQuery(AssumedRoutes.Query.Suspended, query.Suspended)
                .WithQuery(WorkflowServiceRoutes.Query.IncludeProcessVariables, query.IncludeVariables ? true : null),
            WorkflowServiceRoutes.Embedded.ProcessInstances,
            Json.ListProcessInstance,
            cancellationToken);
    }

    /// <summary>Gets the instance's variables (assumed: <c>GET</c> on the published variables path).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<WorkflowVariable>>> GetVariablesAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(AssumedRoutes.ProcessInstanceVariables(id)), Json.ListWorkflowVariable, cancellationToken)
            .ConfigureAwait(false);
        return new Response<IReadOnlyList<WorkflowVariable>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Gets one variable (assumed: <c>GET</c> on the published variable path).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="name">The variable name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">The instance or the variable does not exist.</exception>
    public virtual Task<Response<WorkflowVariable>> GetVariableAsync(string id, string name, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Get(AssumedRoutes.ProcessInstanceVariable(id, name)), Json.WorkflowVariable, cancellationToken);

    /// <summary>
    /// Creates variables (<c>POST process-instances/{id}/variables</c> with an array, published). A POST: not retried;
    /// a variable that already exists is a conflict, change it with <see cref="SetVariableAsync"/>.
    /// </summary>
    /// <param name="id">The instance id.</param>
    /// <param name="variables">The variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorValidationException">A variable was refused (e.g. of an unknown type); the vendor's message says which.</exception>
    /// <exception cref="ConnectorConflictException">A variable already exists.</exception>
    public virtual async Task<Response<IReadOnlyList<WorkflowVariable>>> AddVariablesAsync(string id, IEnumerable<WorkflowVariable> variables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var request = ApiRequest.Post(WorkflowServiceRoutes.ProcessInstanceVariables(id)).WithJson(variables.ToList(), Json.ListWorkflowVariable);
        var response = await _connection.SendAsync(request, Json.ListWorkflowVariable, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<WorkflowVariable>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Creates or replaces one variable (<c>PUT process-instances/{id}/variables/{name}</c>, published; safe to retry).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="variable">The variable.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorValidationException">The variable was refused (e.g. of an unknown type); the vendor's message says why.</exception>
    public virtual Task<Response<WorkflowVariable>> SetVariableAsync(string id, WorkflowVariable variable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var request = ApiRequest.Put(WorkflowServiceRoutes.ProcessInstanceVariable(id, variable.Name)).WithJson(variable, Json.WorkflowVariable);
        return _connection.SendAsync(request, Json.WorkflowVariable, cancellationToken);
    }

    /// <summary>Creates or replaces several variables, one published <c>PUT</c> each (safe to retry).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="variables">The variables.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The variables as the service stored them.</returns>
    public virtual async Task<IReadOnlyList<WorkflowVariable>> SetVariablesAsync(string id, IEnumerable<WorkflowVariable> variables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var stored = new List<WorkflowVariable>();
        foreach (var variable in variables)
        {
            stored.Add((await SetVariableAsync(id, variable, cancellationToken).ConfigureAwait(false)).Value);
        }

        return stored;
    }

    /// <summary>Suspends an instance (<c>PUT process-instances/{id}</c> <c>{action: "suspend", comment}</c>): its tasks cannot be completed until it is activated.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="comment">Why, kept with the action (the comment's field name is assumed).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorConflictException">It is already suspended.</exception>
    public virtual Task<Response<ProcessInstance>> SuspendAsync(string id, string? comment = null, CancellationToken cancellationToken = default)
        => ActAsync(id, "suspend", comment, cancellationToken);

    /// <summary>Activates a suspended instance (<c>PUT process-instances/{id}</c> <c>{action: "activate", comment}</c>).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="comment">Why, kept with the action.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorConflictException">It is already active.</exception>
    public virtual Task<Response<ProcessInstance>> ActivateAsync(string id, string? comment = null, CancellationToken cancellationToken = default)
        => ActAsync(id, "activate", comment, cancellationToken);

    /// <summary>Deletes a running instance (<c>DELETE process-instances/{id}</c>); it stays in history with <paramref name="reason"/> (the reason parameter is assumed).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="reason">Why (kept as the delete reason).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No running instance has that id.</exception>
    public virtual Task<Response> DeleteAsync(string id, string? reason = null, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Delete(WorkflowServiceRoutes.ProcessInstance(id)).WithQuery(AssumedRoutes.Query.DeleteReason, reason), cancellationToken);

    /// <summary>Lists the instance's comments (<c>GET process-instances/{id}/comments</c>; the path is published, the item shape assumed).</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<WorkflowComment>>> GetCommentsAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(WorkflowServiceRoutes.ProcessInstanceComments(id)), Json.ListWorkflowComment, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<WorkflowComment>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Adds a comment to the instance (<c>POST process-instances/{id}/comments</c>; the body <c>{message}</c> is assumed). Not retried.</summary>
    /// <param name="id">The instance id.</param>
    /// <param name="message">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<WorkflowComment>> AddCommentAsync(string id, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return _connection.SendAsync(
            ApiRequest.Post(WorkflowServiceRoutes.ProcessInstanceComments(id)).WithJson(new CommentRequest { Message = message }, Json.CommentRequest),
            Json.WorkflowComment,
            cancellationToken);
    }

    private Task<Response<ProcessInstance>> ActAsync(string id, string action, string? comment, CancellationToken cancellationToken)
    {
        var body = new InstanceActionRequest { Action = action, Comment = string.IsNullOrWhiteSpace(comment) ? null : new CommentRequest { Message = comment } };
        return _connection.SendAsync(ApiRequest.Put(WorkflowServiceRoutes.ProcessInstance(id)).WithJson(body, Json.InstanceActionRequest), Json.ProcessInstance, cancellationToken);
    }
}
