using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;
using Ctx = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Tasks on a case. Assumed routes (nothing public shows Core Case tasks): <c>…/cases/{caseId}/tasks</c> and
/// <c>…/tasks/{taskId}/complete</c>; call your tenant's real route through <c>client.SendAsync(ApiRequest…)</c> if it differs.
/// </summary>
public class CaseTaskService
{
    private readonly CoreCaseConnection _connection;

    internal CaseTaskService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseTaskService() => _connection = null!;

    /// <summary>Adds a task to a case (assumed route).</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="task">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseTask>> CreateAsync(CaseRef caseRef, NewCaseTask task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentException.ThrowIfNullOrWhiteSpace(task.Name);
        var body = new TaskRequest { Name = task.Name, Description = task.Description, Assignee = CoreCaseMapper.Identity(task.Assignee), DueDate = task.DueDate };
        var response = await _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.Tasks(caseRef)).WithJson(body, Ctx.Default.TaskRequest), Ctx.Default.TaskWire, cancellationToken, subject: caseRef).ConfigureAwait(false);
        return new Response<CaseTask>(CoreCaseMapper.Task(response.Value), response.GetRawResponse());
    }

    /// <summary>Completes a task (assumed route); completing it twice is a <see cref="ConnectorConflictException"/> (<c>TASK_ALREADY_COMPLETED</c>).</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="taskId">The task id.</param>
    /// <param name="outcome">The outcome, e.g. <c>approved</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseTask>> CompleteAsync(CaseRef caseRef, string taskId, string? outcome = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var request = ApiRequest.Post(AssumedRoutes.CompleteTask(caseRef, taskId)).WithJson(new CompleteTaskRequest { Outcome = outcome }, Ctx.Default.CompleteTaskRequest);
        var response = await _connection.SendAsync(request, Ctx.Default.TaskWire, cancellationToken, subject: caseRef).ConfigureAwait(false);
        return new Response<CaseTask>(CoreCaseMapper.Task(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists a case's tasks (assumed route).</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseTask> ListAsync(CaseRef caseRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        return _connection.Pageable(() => ApiRequest.Get(AssumedRoutes.Tasks(caseRef)), Ctx.Default.TaskWire, CoreCaseMapper.Task, cancellationToken, subject: caseRef);
    }
}
