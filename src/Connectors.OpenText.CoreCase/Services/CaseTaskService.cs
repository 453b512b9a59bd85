using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;
using Ctx = Connectors.OpenText.CoreCase.Wire.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>Tasks on a case.</summary>
public class CaseTaskService
{
    private readonly CoreCaseConnection _connection;

    internal CaseTaskService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseTaskService() => _connection = null!;

    /// <summary>Adds a task to a case.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="task">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseTask>> CreateAsync(string caseId, NewCaseTask task, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentException.ThrowIfNullOrWhiteSpace(task.Name);
        var body = new TaskRequest { Name = task.Name, Description = task.Description, Assignee = CoreCaseMapper.Assignee(task.Assignee), DueDate = task.DueDate };
        var response = await _connection.SendAsync(
            ApiRequest.Post(CoreCaseRoutes.Tasks(caseId)).WithJson(body, Ctx.Default.TaskRequest), Ctx.Default.TaskWire, cancellationToken).ConfigureAwait(false);
        return new Response<CaseTask>(CoreCaseMapper.Task(response.Value), response.GetRawResponse());
    }

    /// <summary>Completes a task; completing it twice is a <see cref="ConnectorConflictException"/> (<c>TASK_ALREADY_COMPLETED</c>).</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="taskId">The task id.</param>
    /// <param name="outcome">The outcome, e.g. <c>approved</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseTask>> CompleteAsync(string caseId, string taskId, string? outcome = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var request = ApiRequest.Post(CoreCaseRoutes.CompleteTask(caseId, taskId)).WithJson(new CompleteTaskRequest { Outcome = outcome }, Ctx.Default.CompleteTaskRequest);
        var response = await _connection.SendAsync(request, Ctx.Default.TaskWire, cancellationToken).ConfigureAwait(false);
        return new Response<CaseTask>(CoreCaseMapper.Task(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists a case's tasks.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseTask> ListAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return _connection.Pageable(() => ApiRequest.Get(CoreCaseRoutes.Tasks(caseId)), Ctx.Default.HalPageTaskWire, CoreCaseMapper.Task, cancellationToken);
    }
}
