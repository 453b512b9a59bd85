using Connectors.Core;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// The OpenText Workflow Service client: process models, process instances, tasks (published routes), history and
/// events (assumed routes, isolated in Internal/AssumedRoutes); docs/api/workflow-service.md lists each route and its source.
/// Immutable and thread-safe; register it with <c>services.AddWorkflowService(…)</c>, which adds
/// OpenText sign-in, resilience and telemetry to its <see cref="HttpClient"/>.
/// </summary>
public class WorkflowServiceClient : ConnectorClient
{
    /// <summary>The system name used in errors and telemetry (<c>Connectors.OpenText.WorkflowService</c> activity source and meter).</summary>
    public const string SystemName = "OpenText.WorkflowService";

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> whose base address is the Workflow Service API
    /// (ending with <c>/</c>) and whose handlers add the bearer token.
    /// </summary>
    /// <param name="httpClient">The configured HTTP client.</param>
    /// <param name="options">The options; defaults when <c>null</c>.</param>
    public WorkflowServiceClient(HttpClient httpClient, WorkflowServiceClientOptions? options = null)
        : base(new ApiConnection(httpClient, new ApiConnectionOptions(SystemName, WorkflowServiceErrorParser.Parse)))
    {
        options ??= new WorkflowServiceClientOptions();
        var connection = Connection;
        var pageSize = Math.Clamp(options.DefaultPageSize, 1, 500);
        Models = new ModelService(connection, pageSize);
        ProcessInstances = new ProcessInstanceService(connection, pageSize);
        History = new WorkflowHistoryService(connection, pageSize);
        Tasks = new WorkflowTaskService(connection, pageSize, History);
        Events = new WorkflowEventService(connection);
    }

    /// <summary>For mocking.</summary>
    protected WorkflowServiceClient()
    {
        Models = null!;
        ProcessInstances = null!;
        History = null!;
        Tasks = null!;
        Events = null!;
    }

    /// <summary>Process models (<c>runtime/models</c>): OpenText's name for deployed process definitions.</summary>
    public virtual ModelService Models { get; }

    /// <summary>Process instances and their variables.</summary>
    public virtual ProcessInstanceService ProcessInstances { get; }

    /// <summary>User tasks.</summary>
    public virtual WorkflowTaskService Tasks { get; }

    /// <summary>Finished instances and tasks (assumed routes).</summary>
    public virtual WorkflowHistoryService History { get; }

    /// <summary>State-change events: callbacks and the checkpointed poll (assumed routes).</summary>
    public virtual WorkflowEventService Events { get; }
}
