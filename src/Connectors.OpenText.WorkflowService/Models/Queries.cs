namespace Connectors.OpenText.WorkflowService;

/// <summary>Sort direction of a list.</summary>
public enum SortOrder
{
    /// <summary>Oldest or smallest first.</summary>
    Ascending,

    /// <summary>Newest or largest first.</summary>
    Descending,
}

/// <summary>Filters for listing running process instances.</summary>
public sealed class ProcessInstanceQuery
{
    /// <summary>Only instances with this business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Only instances of this definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary><c>true</c> for suspended instances only, <c>false</c> for active ones only.</summary>
    public bool? Suspended { get; set; }

    /// <summary>Include the process variables in each instance.</summary>
    public bool IncludeVariables { get; set; }

    /// <summary>Sort field: id, startTime, businessKey, processDefinitionKey.</summary>
    public string? Sort { get; set; }

    /// <summary>Sort direction.</summary>
    public SortOrder? Order { get; set; }
}

/// <summary>Filters for listing open tasks.</summary>
public sealed class TaskQuery
{
    /// <summary>Only tasks of this process instance.</summary>
    public string? ProcessInstanceId { get; set; }

    /// <summary>Only tasks of instances with this business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Only tasks assigned to this user.</summary>
    public string? Assignee { get; set; }

    /// <summary>Only unassigned tasks this group may claim.</summary>
    public string? CandidateGroup { get; set; }

    /// <summary>Only unassigned tasks.</summary>
    public bool? Unassigned { get; set; }

    /// <summary>Only tasks of this definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary>Only tasks with this id in the model (e.g. <c>approval</c>).</summary>
    public string? TaskDefinitionKey { get; set; }

    /// <summary>Include the process variables in each task.</summary>
    public bool IncludeVariables { get; set; }

    /// <summary>Sort field: id, createTime, name, priority, dueDate, assignee.</summary>
    public string? Sort { get; set; }

    /// <summary>Sort direction.</summary>
    public SortOrder? Order { get; set; }
}

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
