namespace Connectors.OpenText.WorkflowService;

/// <summary>Filters for the history of tasks.</summary>
public sealed class HistoricTaskQuery
{
    /// <summary>Only this task.</summary>
    public string? TaskId { get; set; }

    /// <summary>Only tasks of this process instance.</summary>
    public string? ProcessInstanceId { get; set; }

    /// <summary>Only tasks of instances with this business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Only tasks worked by this user.</summary>
    public string? Assignee { get; set; }

    /// <summary><c>true</c> for finished tasks only, <c>false</c> for open ones only.</summary>
    public bool? Finished { get; set; }
}
