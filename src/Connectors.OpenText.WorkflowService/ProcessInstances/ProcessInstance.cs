namespace Connectors.OpenText.WorkflowService;

/// <summary>A running process instance.</summary>
public sealed class ProcessInstance
{
    /// <summary>The instance id.</summary>
    public required string Id { get; set; }

    /// <summary>The instance name.</summary>
    public string? Name { get; set; }

    /// <summary>The business key (claim id, partner id …) the instance was started with.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>The definition id.</summary>
    public string? ProcessDefinitionId { get; set; }

    /// <summary>The definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary>The definition name.</summary>
    public string? ProcessDefinitionName { get; set; }

    /// <summary>The activity the instance waits in.</summary>
    public string? ActivityId { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Who started it.</summary>
    public string? StartUserId { get; set; }

    /// <summary>Whether it is suspended.</summary>
    public bool Suspended { get; set; }

    /// <summary>Whether it has ended (an instance that ends while starting is returned once, then only in history).</summary>
    public bool Ended { get; set; }

    /// <summary>Whether it reached an end event.</summary>
    public bool Completed { get; set; }

    /// <summary>The tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>The process variables, when asked for.</summary>
    public IReadOnlyList<WorkflowVariable> Variables { get; set => field = value ?? []; } = [];

    /// <summary>The variable named <paramref name="name"/>, or <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    public WorkflowVariable? GetVariable(string name) => Variables.FirstOrDefault(v => v.Name == name);
}
