namespace Connectors.OpenText.WorkflowService;

/// <summary>A process instance as the history service records it (running or finished).</summary>
public sealed class HistoricProcessInstance
{
    /// <summary>The instance id.</summary>
    public required string Id { get; init; }

    /// <summary>The instance name.</summary>
    public string? Name { get; init; }

    /// <summary>The business key.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>The definition id.</summary>
    public string? ProcessDefinitionId { get; init; }

    /// <summary>The definition key.</summary>
    public string? ProcessDefinitionKey { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When it ended; <c>null</c> while it runs.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>How long it ran.</summary>
    public long? DurationInMillis { get; init; }

    /// <summary>Who started it.</summary>
    public string? StartUserId { get; init; }

    /// <summary>The end event it reached (e.g. <c>settled</c>, <c>rejected</c>).</summary>
    public string? EndActivityId { get; init; }

    /// <summary>Why it was deleted, when it was.</summary>
    public string? DeleteReason { get; init; }

    /// <summary>Whether it has finished.</summary>
    public bool Finished => EndTime is not null;

    /// <summary>The variables, when asked for.</summary>
    public IReadOnlyList<WorkflowVariable> Variables { get; init => field = value ?? []; } = [];

    /// <summary>The variable named <paramref name="name"/>, or <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    public WorkflowVariable? GetVariable(string name) => Variables.FirstOrDefault(v => v.Name == name);
}
