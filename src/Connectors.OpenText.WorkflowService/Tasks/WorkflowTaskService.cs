using Connectors.Core;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// User tasks. Published: the list (HAL <c>tasks</c>, filters <c>name</c>, <c>candidateOrAssigned</c>,
/// <c>includeProcessVariables</c>, <c>sort</c>, <c>order</c>, <c>offset</c>) and the actions <c>POST tasks/{id}</c>
/// claim and complete. Assumed: getting one task, updating it, comments and attachments on tasks (docs/api/workflow-service.md).
/// </summary>
public class WorkflowTaskService
{
    private readonly ApiConnection _connection;
    private readonly int _pageSize;
    private readonly WorkflowHistoryService _history;

    internal WorkflowTaskService(ApiConnection connection, int pageSize, WorkflowHistoryService history)
    {
        _connection = connection;
        _pageSize = pageSize;
        _history = history;
    }

    /// <summary>For mocking.</summary>
    protected WorkflowTaskService()
    {
        _connection = null!;
        _history = null!;
    }

    private static WorkflowServiceJsonContext Json => WorkflowServiceJsonContext.Default;

    /// <summary>
    /// Lists open tasks (<c>GET tasks</c>, HAL <c>tasks</c>), paged by <c>offset</c>. OpenText's own query is
    /// <c>sort=createTime&amp;order=desc&amp;includeProcessVariables=true</c>, plus <c>name</c> and <c>candidateOrAssigned</c>.
    /// </summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ConnectorSerializationException">An answer is not a HAL list of tasks (never an empty list instead).</exception>
    public virtual AsyncPageable<WorkflowTask> ListAsync(TaskQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new TaskQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(WorkflowServiceRoutes.Tasks)
                .WithQuery(WorkflowServiceRoutes.Query.Sort, query.Sort)
                .WithQuery(WorkflowServiceRoutes.Query.Order, WorkflowListing.OrderText(query.Order))
                .WithQuery(WorkflowServiceRoutes.Query.Name, query.Name)
                .WithQuery(WorkflowServiceRoutes.Query.CandidateOrAssigned, query.CandidateOrAssigned)
                .WithQuery(WorkflowServiceRoutes.Query.IncludeProcessVariables, query.IncludeVariables ? true : null)
                .WithQuery(AssumedRoutes.Query.ProcessInstanceId, query.ProcessInstanceId)
                .WithQuery(AssumedRoutes.Query.ProcessInstanceBusinessKey, query.BusinessKey)
                .WithQuery(AssumedRoutes.Query.Assignee, query.Assignee)
                .WithQuery(AssumedRoutes.Query.CandidateGroup, query.CandidateGroup)
                .WithQuery(AssumedRoutes.Query.Unassigned, query.Unassigned)
                .WithQuery(AssumedRoutes.Query.ProcessDefinitionKey, query.ProcessDefinitionKey)
                .WithQuery(AssumedRoutes.Query.TaskDefinitionKey, query.TaskDefinitionKey),
            WorkflowServiceRoutes.Embedded.Tasks,
            Json.ListWorkflowTask,
            cancellationToken);
    }

    /// <summary>Gets an open task (assumed: <c>GET tasks/{id}</c>).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="includeVariables">Include the process variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No open task has that id (finished ones are in history).</exception>
    public virtual Task<Response<WorkflowTask>> GetAsync(string id, bool includeVariables = false, CancellationToken cancellationToken = default)
        => _connection.SendAsync(
            ApiRequest.Get(AssumedRoutes.Task(id)).WithQuery(WorkflowServiceRoutes.Query.IncludeProcessVariables, includeVariables ? true : null),
            Json.WorkflowTask,
            cancellationToken);

    /// <summary>Claims the task for <paramref name="assignee"/> (<c>POST tasks/{id}</c> <c>{action: "claim", assignee}</c>, published).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="assignee">The user claiming it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorConflictException">Someone else has claimed it.</exception>
    public virtual Task<Response> ClaimAsync(string id, string assignee, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        return ActAsync(id, new TaskActionRequest { Action = "claim", Assignee = assignee }, cancellationToken);
    }

    /// <summary>Assigns (or reassigns) the task to <paramref name="assignee"/> without the claim check (assumed: <c>PUT tasks/{id}</c>).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="assignee">The new assignee.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<WorkflowTask>> AssignAsync(string id, string assignee, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        return UpdateAsync(id, new TaskUpdate { Assignee = assignee }, cancellationToken);
    }

    /// <summary>Changes task fields: due date, priority, assignee, name, description, owner (assumed: <c>PUT tasks/{id}</c>; safe to retry).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="update">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<WorkflowTask>> UpdateAsync(string id, TaskUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var body = new TaskUpdateRequest
        {
            Assignee = update.Assignee,
            DueDate = update.DueDate,
            Priority = update.Priority,
            Name = update.Name,
            Description = update.Description,
            Owner = update.Owner,
        };
        return _connection.SendAsync(ApiRequest.Put(AssumedRoutes.TaskUpdate(id)).WithJson(body, Json.TaskUpdateRequest), Json.WorkflowTask, cancellationToken);
    }

    /// <summary>
    /// Completes the task (<c>POST tasks/{id}</c> <c>{action: "complete", outcome, variables}</c>, published); the
    /// variables become process variables and the process advances. Not retried (a POST). Completing a task that is
    /// already completed throws <see cref="WorkflowTaskAlreadyCompletedException"/> with the vendor's message, so a
    /// retried or duplicated completion is recognisable (the check reads the assumed history service).
    /// </summary>
    /// <param name="id">The task id.</param>
    /// <param name="variables">Variables to set; <see cref="WorkflowVariable.FromValue(string, string)"/> sends them as OpenText's examples do.</param>
    /// <param name="outcome">The outcome (e.g. <c>approved</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="WorkflowTaskAlreadyCompletedException">The task was already completed.</exception>
    /// <exception cref="ConnectorValidationException">A variable was refused (e.g. of an unknown type); the vendor's message says which.</exception>
    /// <exception cref="ConnectorConflictException">The instance is suspended.</exception>
    /// <exception cref="ConnectorNotFoundException">No task has that id.</exception>
    public virtual async Task<Response> CompleteAsync(string id, IEnumerable<WorkflowVariable>? variables = null, string? outcome = null, CancellationToken cancellationToken = default)
    {
        var body = new TaskActionRequest { Action = "complete", Outcome = outcome, Variables = variables?.ToArray() ?? [] };
        try
        {
            return await ActAsync(id, body, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex is ConnectorConflictException or ConnectorNotFoundException && ex is not WorkflowTaskAlreadyCompletedException)
        {
            var completed = await FindCompletedAsync(id, cancellationToken).ConfigureAwait(false);
            if (completed is null)
            {
                throw;
            }

            throw new WorkflowTaskAlreadyCompletedException(_connection.System, $"Task '{id}' is already completed.", id)
            {
                CompletedAt = completed.EndTime,
                Status = ex.Status,
                VendorMessage = ex.VendorMessage,
                RequestId = ex.RequestId,
                Request = ex.Request,
                ResponseBody = ex.ResponseBody,
            };
        }
    }

    /// <summary>Lists the task's comments (assumed: <c>GET tasks/{id}/comments</c>; published comments live on process instances).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<WorkflowComment>>> GetCommentsAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(AssumedRoutes.TaskComments(id)), Json.ListWorkflowComment, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<WorkflowComment>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Adds a comment to the task (assumed: <c>POST tasks/{id}/comments</c> <c>{message}</c>); internal to the workflow, never publish it to partners.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="message">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<WorkflowComment>> AddCommentAsync(string id, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.TaskComments(id)).WithJson(new CommentRequest { Message = message }, Json.CommentRequest),
            Json.WorkflowComment,
            cancellationToken);
    }

    /// <summary>Lists the task's attachments (assumed).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<TaskAttachment>>> GetAttachmentsAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(AssumedRoutes.TaskAttachments(id)), Json.ListTaskAttachment, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<TaskAttachment>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Adds a link attachment (assumed).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="attachment">The attachment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<TaskAttachment>> AddAttachmentAsync(string id, NewTaskAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachment.Name);
        var body = new AttachmentRequest { Name = attachment.Name, Description = attachment.Description, Type = attachment.Type, Url = attachment.Url?.ToString() };
        return _connection.SendAsync(ApiRequest.Post(AssumedRoutes.TaskAttachments(id)).WithJson(body, Json.AttachmentRequest), Json.TaskAttachment, cancellationToken);
    }

    /// <summary>Deletes an attachment (assumed).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="attachmentId">The attachment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> DeleteAttachmentAsync(string id, string attachmentId, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Delete(AssumedRoutes.TaskAttachment(id, attachmentId)), cancellationToken);

    private Task<Response> ActAsync(string id, TaskActionRequest body, CancellationToken cancellationToken)
        => _connection.SendAsync(ApiRequest.Post(WorkflowServiceRoutes.Task(id)).WithJson(body, Json.TaskActionRequest), cancellationToken);

    private async Task<HistoricTask?> FindCompletedAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var task in _history.ListTasksAsync(new HistoricTaskQuery { TaskId = id, Finished = true }, cancellationToken).ConfigureAwait(false))
            {
                if (task.Id == id && task.DeleteReason is null)
                {
                    return task;
                }
            }
        }
        catch (ConnectorException)
        {
            // The history lookup only refines the error; when it fails, the original error stands.
        }

        return null;
    }
}
