namespace Connectors.OpenText.WorkflowService;

/// <summary>How to start a process instance.</summary>
public sealed class StartProcessOptions
{
    /// <summary>The business key (claim id, partner id …) that ties the instance to the outside world.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>The instance name; the definition name when not set.</summary>
    public string? Name { get; set; }

    /// <summary>The initial process variables.</summary>
    public IList<WorkflowVariable> Variables { get; } = [];

    /// <summary>Return the variables in the started instance.</summary>
    public bool ReturnVariables { get; set; } = true;
}

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

/// <summary>A link attachment to add to a task.</summary>
public sealed class NewTaskAttachment
{
    /// <summary>The name (required).</summary>
    public required string Name { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>The content type or kind.</summary>
    public string? Type { get; set; }

    /// <summary>Where the content lives.</summary>
    public Uri? Url { get; set; }
}
