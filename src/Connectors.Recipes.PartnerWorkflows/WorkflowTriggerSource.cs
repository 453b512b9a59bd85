namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>What the poll twin of a Workflow Service trigger reads.</summary>
public enum WorkflowTriggerSource
{
    /// <summary>
    /// The assumed event log (<c>GET events?after=</c>): every process and task change. OpenText publishes no events
    /// feed, so this rests on a guess (docs/api/workflow-service.md).
    /// </summary>
    AssumedEventFeed,

    /// <summary>
    /// OpenText's published task list, newest first (<c>GET tasks?sort=createTime&amp;order=desc</c>): each open task
    /// once, as <c>TASK_CREATED</c>. Serves triggers that react to a task appearing; completions are not visible in it.
    /// </summary>
    PublishedTaskList,
}
