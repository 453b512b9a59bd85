using System.Text.Json.Serialization.Metadata;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>A process or task state change, from a callback or from the event poll.</summary>
public sealed class WorkflowEvent
{
    /// <summary>
    /// The source-generated JSON metadata the client reads events with (the callback body and the poll item), for
    /// storing or triggering on a callback as received, for example <c>Trigger.Webhook(source, "*", WorkflowEvent.JsonTypeInfo)</c>.
    /// </summary>
    public static JsonTypeInfo<WorkflowEvent> JsonTypeInfo => WorkflowServiceJsonContext.Default.WorkflowEvent;

    /// <summary>The event id; de-duplicate deliveries by it.</summary>
    public required string Id { get; set; }

    /// <summary>The position in the event log; the poll checkpoint.</summary>
    public long Sequence { get; set; }

    /// <summary>The kind of change.</summary>
    public WorkflowEventType Type { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? Time { get; set; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; set; }

    /// <summary>The definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary>The business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>The task, for task events.</summary>
    public string? TaskId { get; set; }

    /// <summary>The task's id in the model, for task events.</summary>
    public string? TaskDefinitionKey { get; set; }

    /// <summary>The task name, for task events.</summary>
    public string? TaskName { get; set; }

    /// <summary>The task assignee, for task events.</summary>
    public string? Assignee { get; set; }
}
