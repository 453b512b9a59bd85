using Connectors.Core;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// A task was completed that is already completed (a duplicate delivery, a retry, or another user was faster).
/// Callers usually treat it as success for idempotent flows.
/// </summary>
public class WorkflowTaskAlreadyCompletedException : ConnectorConflictException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="taskId">The task.</param>
    public WorkflowTaskAlreadyCompletedException(string system, string message, string taskId)
        : base(system, message)
    {
        TaskId = taskId;
    }

    /// <summary>The task that was already completed.</summary>
    public string TaskId { get; }

    /// <summary>When it was completed, when known.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
