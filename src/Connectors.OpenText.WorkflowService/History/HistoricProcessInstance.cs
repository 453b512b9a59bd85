namespace Connectors.OpenText.WorkflowService;

/// <summary>A process instance as the history service records it (running or finished).</summary>
public sealed class HistoricProcessInstance
{
    /// <summary>The instance id.</summary>
    public required string Id { get; set; }

    /// <summary>The instance name.</summary>
    public string? Name { get; set; }

    /// <summary>The business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>The definition id.</summary>
    public string? ProcessDefinitionId { get; set; }

    /// <summary>The definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>When it ended; <c>null</c> while it runs.</summary>
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>How long it ran.</summary>
    public long? DurationInMillis { get; set; }

    /// <summary>Who started it.</summary>
    public string? StartUserId { get; set; }

    /// <summary>The end event it reached (e.g. <c>settled</c>, <c>rejected</c>).</summary>
    public string? EndActivityId { get; set; }

    /// <summary>Why it was deleted, when it was.</summary>
    public string? DeleteReason { get; set; }

    /// <summary>Whether it has finished.</summary>
    public bool Finished => EndTime is not null;

    /// <summary>The variables, when asked for.</summary>
    public IReadOnlyList<WorkflowVariable> Variables { get; set => field = value ?? []; } = [];

    /// <summary>The variable named <paramref name="name"/>, or <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    public WorkflowVariable? GetVariable(string name) => Variables.FirstOrDefault(v => v.Name == name);
}
