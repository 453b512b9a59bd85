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
