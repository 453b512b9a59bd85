using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.WorkflowService;

/// <summary>The kind of a process or task state change; unknown kinds are kept.</summary>
/// <param name="Value">The type as the service spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<WorkflowEventType>))]
public readonly record struct WorkflowEventType(string Value) : IExtensibleEnum<WorkflowEventType>
{
    /// <summary>A process instance started.</summary>
    public static WorkflowEventType ProcessStarted { get; } = new("PROCESS_STARTED");

    /// <summary>A process instance reached an end event.</summary>
    public static WorkflowEventType ProcessCompleted { get; } = new("PROCESS_COMPLETED");

    /// <summary>A process instance was suspended.</summary>
    public static WorkflowEventType ProcessSuspended { get; } = new("PROCESS_SUSPENDED");

    /// <summary>A process instance was activated again.</summary>
    public static WorkflowEventType ProcessActivated { get; } = new("PROCESS_ACTIVATED");

    /// <summary>A process instance was deleted.</summary>
    public static WorkflowEventType ProcessCancelled { get; } = new("PROCESS_CANCELLED");

    /// <summary>A user task was created.</summary>
    public static WorkflowEventType TaskCreated { get; } = new("TASK_CREATED");

    /// <summary>A user task was claimed, assigned or delegated.</summary>
    public static WorkflowEventType TaskAssigned { get; } = new("TASK_ASSIGNED");

    /// <summary>A user task was completed.</summary>
    public static WorkflowEventType TaskCompleted { get; } = new("TASK_COMPLETED");

    /// <summary>Whether this is a task event (its <see cref="WorkflowEvent.TaskId"/> is set).</summary>
    public bool IsTaskEvent => Value?.StartsWith("TASK_", StringComparison.Ordinal) == true;

    /// <inheritdoc />
    public static WorkflowEventType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
