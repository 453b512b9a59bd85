namespace Connectors.OpenText.WorkflowService;

/// <summary>Filters for the history of process instances.</summary>
public sealed class HistoricProcessInstanceQuery
{
    /// <summary>Only instances with this business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Only instances of this definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary><c>true</c> for finished instances only, <c>false</c> for running ones only.</summary>
    public bool? Finished { get; set; }

    /// <summary>Include the variables.</summary>
    public bool IncludeVariables { get; set; }
}
