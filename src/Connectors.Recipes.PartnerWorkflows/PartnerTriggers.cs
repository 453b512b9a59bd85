using System.Runtime.CompilerServices;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>The triggers of the partner-workflow recipes: each webhook with its poll twin.</summary>
internal static class PartnerTriggers
{
    public const string TradingGridSource = "tradinggrid";
    // The sources Connectors.AspNetCore gives inbound events (InboundSources), so its endpoints feed these triggers.
    public const string WorkflowSource = "workflowservice";
    public const string WorkflowChangeType = "workflow.change";

    private static PartnerWorkflowsJsonContext Json => PartnerWorkflowsJsonContext.Default;

    /// <summary>
    /// Trading Grid community events of one type: the verified callback and the event-feed poll twin. Both carry the
    /// vendor's event as the callback body holds it; the recipes map it with <see cref="ToPartnerEvent"/>.
    /// </summary>
    public static ScenarioTrigger<TradingGridEvent>[] Community(string scenario, string eventType, TimeSpan interval)
        =>
        [
            Trigger.Webhook(TradingGridSource, eventType, TradingGridEvent.JsonTypeInfo),
            Trigger.Poll(
                $"{scenario}/tradinggrid-{eventType}",
                TradingGridSource,
                eventType,
                TradingGridEvent.JsonTypeInfo,
                (services, since, ct) => CommunityEvents(services, eventType, since, ct),
                e => e.EventId,
                e => e.OccurredAt,
                interval),
        ];

    /// <summary>
    /// Workflow Service process and task changes: the signed callback (any event type, read as the vendor's
    /// <see cref="WorkflowEvent"/>, as <c>Connectors.AspNetCore</c> stores it) and a poll twin. With
    /// <see cref="WorkflowTriggerSource.PublishedTaskList"/> the poll reads OpenText's published task list
    /// (<c>GET tasks?sort=createTime&amp;order=desc</c>) and reports each open task once as <c>TASK_CREATED</c>; with
    /// <see cref="WorkflowTriggerSource.AssumedEventFeed"/> it reads the assumed event log (every event type). Polled
    /// changes are keyed by process instance, so the changes of one process run one after another. Map them with
    /// <see cref="ToWorkflowChange"/> after dropping events without a process instance.
    /// </summary>
    public static ScenarioTrigger<WorkflowEvent>[] WorkflowChanges(string scenario, TimeSpan interval, WorkflowTriggerSource source = WorkflowTriggerSource.AssumedEventFeed)
        =>
        [
            Trigger.Webhook(WorkflowSource, "*", WorkflowEvent.JsonTypeInfo),
            Trigger.Poll(
                source == WorkflowTriggerSource.PublishedTaskList ? $"{scenario}/workflow-tasks" : $"{scenario}/workflow-events",
                WorkflowSource,
                WorkflowChangeType,
                WorkflowEvent.JsonTypeInfo,
                source == WorkflowTriggerSource.PublishedTaskList
                    ? (services, since, ct) => OpenTasks(services, since, ct)
                    : (services, since, ct) => WorkflowEvents(services, since, ct),
                e => e.ProcessInstanceId ?? e.Id,
                e => e.Time ?? DateTimeOffset.UnixEpoch,
                interval,
                changeId: e => e.Id),
        ];

    /// <summary>Maps a Trading Grid event (callback body or feed item) to the recipes' payload.</summary>
    /// <param name="e">The event.</param>
    public static PartnerEvent ToPartnerEvent(TradingGridEvent e) => new()
    {
        EventId = e.EventId,
        EventType = e.EventType.Value,
        OccurredAt = e.OccurredAt,
        PartnerCompanyId = e.PartnerCompanyId,
        SpaceId = e.Data.SpaceId,
        ThreadId = e.Data.ThreadId,
        PostId = e.Data.PostId,
        DocumentId = e.Data.DocumentId,
        TransactionId = e.Data.TransactionId,
        ErrorCode = e.Data.ErrorCode,
        SubmissionId = e.Data.SubmissionId,
    };

    /// <summary>Maps a verified Workflow Service callback to the recipes' payload (for a host endpoint).</summary>
    /// <param name="e">The event.</param>
    public static WorkflowChange ToWorkflowChange(WorkflowEvent e) => new()
    {
        EventId = e.Id,
        EventType = e.Type.Value,
        OccurredAt = e.Time ?? DateTimeOffset.UnixEpoch,
        ProcessInstanceId = e.ProcessInstanceId ?? string.Empty,
        ProcessDefinitionKey = e.ProcessDefinitionKey,
        BusinessKey = e.BusinessKey,
        TaskDefinitionKey = e.TaskDefinitionKey,
        TaskName = e.TaskName,
        TaskId = e.TaskId,
        Sequence = e.Sequence,
    };

    // The Trading Grid feed is checkpointed by sequence, the engine by time: read the feed and keep what is new enough.
    private static async IAsyncEnumerable<TradingGridEvent> CommunityEvents(IServiceProvider services, string eventType, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<TradingGridClient>();
        string? checkpoint = null;
        while (true)
        {
            var batch = (await client.Events.ReadAsync(checkpoint, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            foreach (var e in batch.Events)
            {
                if (e.EventType.Value == eventType && (since is null || e.OccurredAt >= since))
                {
                    yield return e;
                }
            }

            if (!batch.HasMore || batch.Checkpoint == checkpoint)
            {
                yield break;
            }

            checkpoint = batch.Checkpoint;
        }
    }

    // The published task list, newest first: each open task created since the last poll is a TASK_CREATED change
    // (its id is stable, so a task seen twice is one change). Reading stops at the first task older than the window.
    private static async IAsyncEnumerable<WorkflowEvent> OpenTasks(IServiceProvider services, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<WorkflowServiceClient>();
        var query = new TaskQuery { Sort = "createTime", Order = SortOrder.Descending };
        await foreach (var task in client.Tasks.ListAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (since is not null && task.CreateTime is { } created && created < since)
            {
                yield break;
            }

            if (task.ProcessInstanceId is not null)
            {
                yield return new WorkflowEvent
                {
                    Id = $"task-created:{task.Id}",
                    Type = WorkflowEventType.TaskCreated,
                    Time = task.CreateTime,
                    ProcessInstanceId = task.ProcessInstanceId,
                    ProcessDefinitionKey = task.ProcessDefinitionKey,
                    BusinessKey = task.BusinessKey,
                    TaskId = task.Id,
                    TaskDefinitionKey = task.TaskDefinitionKey,
                    TaskName = task.Name,
                    Assignee = task.Assignee,
                };
            }
        }
    }

    private static async IAsyncEnumerable<WorkflowEvent> WorkflowEvents(IServiceProvider services, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<WorkflowServiceClient>();
        await foreach (var e in client.Events.ListEventsAsync(0, cancellationToken).ConfigureAwait(false))
        {
            if (e.ProcessInstanceId is not null && (since is null || e.Time is null || e.Time >= since))
            {
                yield return e;
            }
        }
    }
}
