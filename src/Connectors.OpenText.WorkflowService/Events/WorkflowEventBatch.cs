namespace Connectors.OpenText.WorkflowService;

/// <summary>One poll of the event log: the events after a checkpoint and the new checkpoint.</summary>
public sealed class WorkflowEventBatch
{
    /// <summary>The events, oldest first.</summary>
    public IReadOnlyList<WorkflowEvent> Data { get; set => field = value ?? []; } = [];

    /// <summary>The sequence to pass as <c>after</c> next time (unchanged when there was nothing new).</summary>
    public long LastSequence { get; set; }

    /// <summary>Whether more events are waiting beyond this batch.</summary>
    public bool HasMore { get; set; }
}
