namespace Connectors.OpenText.WorkflowService;

/// <summary>Filters for listing running process instances.</summary>
public sealed class ProcessInstanceQuery
{
    /// <summary>Only instances with this business key (assumed).</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Only instances of this process key (assumed).</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary><c>true</c> for suspended instances only, <c>false</c> for active ones only (assumed).</summary>
    public bool? Suspended { get; set; }

    /// <summary>Include the process variables in each instance.</summary>
    public bool IncludeVariables { get; set; }

    /// <summary>Sort field (published <c>sort</c>), e.g. <c>startTime</c>.</summary>
    public string? Sort { get; set; }

    /// <summary>Sort direction (published <c>order</c>).</summary>
    public SortOrder? Order { get; set; }
}
