using Connectors.Core;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// The history service: finished (and running) instances and tasks, e.g. everything of one business key for status
/// publishing. ASSUMED: OpenText publishes no history route; these are Flowable's <c>historic-process-instances</c> and
/// <c>historic-task-instances</c>, read as HAL lists like the published ones (Internal/AssumedRoutes).
/// </summary>
public class WorkflowHistoryService
{
    private readonly ApiConnection _connection;
    private readonly int _pageSize;

    internal WorkflowHistoryService(ApiConnection connection, int pageSize)
    {
        _connection = connection;
        _pageSize = pageSize;
    }

    /// <summary>For mocking.</summary>
    protected WorkflowHistoryService()
    {
        _connection = null!;
    }

    private static WorkflowServiceJsonContext Json => WorkflowServiceJsonContext.Default;

    /// <summary>Lists historic process instances (assumed route).</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<HistoricProcessInstance> ListProcessInstancesAsync(HistoricProcessInstanceQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new HistoricProcessInstanceQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(AssumedRoutes.HistoricProcessInstances)
                .WithQuery(AssumedRoutes.Query.BusinessKey, query.BusinessKey)
                .WithQuery(AssumedRoutes.Query.ProcessDefinitionKey, query.ProcessDefinitionKey)
                .WithQuery(AssumedRoutes.Query.Finished, query.Finished)
                .WithQuery(WorkflowServiceRoutes.Query.IncludeProcessVariables, query.IncludeVariables ? true : null),
            AssumedRoutes.HistoricProcessInstances,
            Json.ListHistoricProcessInstance,
            cancellationToken);
    }

    /// <summary>Lists historic tasks (assumed route).</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<HistoricTask> ListTasksAsync(HistoricTaskQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new HistoricTaskQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(AssumedRoutes.HistoricTaskInstances)
                .WithQuery(AssumedRoutes.Query.TaskId, query.TaskId)
                .WithQuery(AssumedRoutes.Query.ProcessInstanceId, query.ProcessInstanceId)
                .WithQuery(AssumedRoutes.Query.ProcessBusinessKey, query.BusinessKey)
                .WithQuery(AssumedRoutes.Query.TaskAssignee, query.Assignee)
                .WithQuery(AssumedRoutes.Query.Finished, query.Finished),
            AssumedRoutes.HistoricTaskInstances,
            Json.ListHistoricTask,
            cancellationToken);
    }
}
