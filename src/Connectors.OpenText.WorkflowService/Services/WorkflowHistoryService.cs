using Connectors.Core;
using Connectors.OpenText.WorkflowService.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>The history service: finished (and running) instances and tasks, e.g. everything of one business key for status publishing.</summary>
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

    /// <summary>Lists historic process instances.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<HistoricProcessInstance> ListProcessInstancesAsync(HistoricProcessInstanceQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new HistoricProcessInstanceQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(WorkflowServiceRoutes.HistoricProcessInstances)
                .WithQuery("businessKey", query.BusinessKey)
                .WithQuery("processDefinitionKey", query.ProcessDefinitionKey)
                .WithQuery("finished", query.Finished)
                .WithQuery("includeProcessVariables", query.IncludeVariables ? true : null),
            Json.DataResponseHistoricProcessInstance,
            cancellationToken);
    }

    /// <summary>Lists historic tasks.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<HistoricTask> ListTasksAsync(HistoricTaskQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new HistoricTaskQuery();
        return WorkflowListing.Pageable(
            _connection,
            _pageSize,
            () => ApiRequest.Get(WorkflowServiceRoutes.HistoricTaskInstances)
                .WithQuery("taskId", query.TaskId)
                .WithQuery("processInstanceId", query.ProcessInstanceId)
                .WithQuery("processBusinessKey", query.BusinessKey)
                .WithQuery("taskAssignee", query.Assignee)
                .WithQuery("finished", query.Finished),
            Json.DataResponseHistoricTask,
            cancellationToken);
    }
}
