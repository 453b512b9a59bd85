using Connectors.Core;
using Connectors.OpenText.WorkflowService.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>User tasks: list, get, claim, assign, update (due date, priority), complete, comments and attachments.</summary>
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

    /// <summary>Lists open tasks: by process instance, business key, assignee or candidate group.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<WorkflowTask> ListAsync(TaskQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new TaskQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(WorkflowServiceRoutes.Tasks)
                .WithQuery("processInstanceId", query.ProcessInstanceId)
                .WithQuery("processInstanceBusinessKey", query.BusinessKey)
                .WithQuery("assignee", query.Assignee)
                .WithQuery("candidateGroup", query.CandidateGroup)
                .WithQuery("unassigned", query.Unassigned)
                .WithQuery("processDefinitionKey", query.ProcessDefinitionKey)
                .WithQuery("taskDefinitionKey", query.TaskDefinitionKey)
                .WithQuery("includeProcessVariables", query.IncludeVariables ? true : null)
                .WithQuery("sort", query.Sort)
                .WithQuery("order", WorkflowListing.OrderText(query.Order)),
            Json.DataResponseWorkflowTask,
            cancellationToken);
    }

    /// <summary>Gets an open task.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="includeVariables">Include the process variables.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No open task has that id (finished ones are in history).</exception>
    public virtual Task<Response<WorkflowTask>> GetAsync(string id, bool includeVariables = false, CancellationToken cancellationToken = default)
        => _connection.SendAsync(
            ApiRequest.Get(WorkflowServiceRoutes.Task(id)).WithQuery("includeProcessVariables", includeVariables ? true : null),
            Json.WorkflowTask,
            cancellationToken);

    /// <summary>Claims the task for <paramref name="assignee"/>.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="assignee">The user claiming it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorConflictException">Someone else has claimed it.</exception>
    public virtual Task<Response> ClaimAsync(string id, string assignee, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        return ActAsync(id, new ActionRequest { Action = "claim", Assignee = assignee }, cancellationToken);
    }

    /// <summary>Assigns (or reassigns) the task to <paramref name="assignee"/> without the claim check.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="assignee">The new assignee.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<WorkflowTask>> AssignAsync(string id, string assignee, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        return UpdateAsync(id, new TaskUpdate { Assignee = assignee }, cancellationToken);
    }

    /// <summary>Changes task fields: due date, priority, assignee, name, description, owner (a PUT: safe to retry).</summary>
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
        return _connection.SendAsync(ApiRequest.Put(WorkflowServiceRoutes.Task(id)).WithJson(body, Json.TaskUpdateRequest), Json.WorkflowTask, cancellationToken);
    }

    /// <summary>
    /// Completes the task with variables (they become process variables) and an optional outcome; the process
    /// advances to its next step. Completing a task that is already completed throws
    /// <see cref="WorkflowTaskAlreadyCompletedException"/>, so a retried or duplicated completion is recognisable.
    /// </summary>
    /// <param name="id">The task id.</param>
    /// <param name="variables">Variables to set.</param>
    /// <param name="outcome">The outcome (e.g. <c>approved</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="WorkflowTaskAlreadyCompletedException">The task was already completed.</exception>
    /// <exception cref="ConnectorConflictException">The instance is suspended.</exception>
    /// <exception cref="ConnectorNotFoundException">No task has that id.</exception>
    public virtual async Task<Response> CompleteAsync(string id, IEnumerable<WorkflowVariable>? variables = null, string? outcome = null, CancellationToken cancellationToken = default)
    {
        var body = new ActionRequest { Action = "complete", Variables = variables?.ToArray() ?? [], Outcome = outcome };
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

    /// <summary>Lists the task's comments.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<TaskComment>>> GetCommentsAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(WorkflowServiceRoutes.TaskComments(id)), Json.ListTaskComment, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<TaskComment>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Adds a comment (internal to the workflow; never publish task comments to partners).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="message">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<TaskComment>> AddCommentAsync(string id, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return _connection.SendAsync(
            ApiRequest.Post(WorkflowServiceRoutes.TaskComments(id)).WithJson(new CommentRequest { Message = message }, Json.CommentRequest),
            Json.TaskComment,
            cancellationToken);
    }

    /// <summary>Lists the task's attachments.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<TaskAttachment>>> GetAttachmentsAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(WorkflowServiceRoutes.TaskAttachments(id)), Json.ListTaskAttachment, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<TaskAttachment>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Adds a link attachment.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="attachment">The attachment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<TaskAttachment>> AddAttachmentAsync(string id, NewTaskAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachment.Name);
        var body = new AttachmentRequest { Name = attachment.Name, Description = attachment.Description, Type = attachment.Type, Url = attachment.Url?.ToString() };
        return _connection.SendAsync(ApiRequest.Post(WorkflowServiceRoutes.TaskAttachments(id)).WithJson(body, Json.AttachmentRequest), Json.TaskAttachment, cancellationToken);
    }

    /// <summary>Deletes an attachment.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="attachmentId">The attachment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> DeleteAttachmentAsync(string id, string attachmentId, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Delete(WorkflowServiceRoutes.TaskAttachment(id, attachmentId)), cancellationToken);

    private Task<Response> ActAsync(string id, ActionRequest body, CancellationToken cancellationToken)
        => _connection.SendAsync(ApiRequest.Post(WorkflowServiceRoutes.Task(id)).WithJson(body, Json.ActionRequest), cancellationToken);

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
