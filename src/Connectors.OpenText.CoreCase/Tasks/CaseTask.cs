namespace Connectors.OpenText.CoreCase;

/// <summary>A task on a case (assumed shape).</summary>
public sealed class CaseTask
{
    internal CaseTask()
    {
    }

    /// <summary>The task id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>Open or completed.</summary>
    public CaseTaskStatus Status { get; internal set; }

    /// <summary>The user or functional role it is assigned to.</summary>
    public CaseIdentity? Assignee { get; internal set; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; internal set; }

    /// <summary>The outcome given at completion.</summary>
    public string? Outcome { get; internal set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }

    /// <summary>When it was completed.</summary>
    public DateTimeOffset? CompletedOn { get; internal set; }
}

/// <summary>What a new task carries.</summary>
public sealed class NewCaseTask
{
    /// <summary>The name.</summary>
    public required string Name { get; set; }

    /// <summary>A description.</summary>
    public string? Description { get; set; }

    /// <summary>The user or functional role.</summary>
    public CaseIdentity? Assignee { get; set; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; set; }
}
