namespace Connectors.OpenText.WorkflowService;

/// <summary>Task fields to change; fields left <c>null</c> are not sent and keep their value.</summary>
public sealed class TaskUpdate
{
    /// <summary>A new assignee.</summary>
    public string? Assignee { get; set; }

    /// <summary>A new due date.</summary>
    public DateTimeOffset? DueDate { get; set; }

    /// <summary>A new priority (Flowable default 50; higher is more urgent).</summary>
    public int? Priority { get; set; }

    /// <summary>A new name.</summary>
    public string? Name { get; set; }

    /// <summary>A new description.</summary>
    public string? Description { get; set; }

    /// <summary>A new owner.</summary>
    public string? Owner { get; set; }
}
