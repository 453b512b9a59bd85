namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Filters for listing open tasks. Published (OpenText's collection and demo): <see cref="Name"/>,
/// <see cref="CandidateOrAssigned"/>, <see cref="IncludeVariables"/>, <see cref="Sort"/>, <see cref="Order"/>.
/// The others are assumed (Flowable's names, kept in Internal/AssumedRoutes).
/// </summary>
public sealed class TaskQuery
{
    /// <summary>Only tasks with this name (published <c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Only tasks assigned to this user or that the user may claim (published <c>candidateOrAssigned</c>).</summary>
    public string? CandidateOrAssigned { get; set; }

    /// <summary>Only tasks of this process instance (assumed).</summary>
    public string? ProcessInstanceId { get; set; }

    /// <summary>Only tasks of instances with this business key (assumed).</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Only tasks assigned to this user (assumed).</summary>
    public string? Assignee { get; set; }

    /// <summary>Only unassigned tasks this group may claim (assumed).</summary>
    public string? CandidateGroup { get; set; }

    /// <summary>Only unassigned tasks (assumed).</summary>
    public bool? Unassigned { get; set; }

    /// <summary>Only tasks of this process key (assumed).</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary>Only tasks with this id in the model (e.g. <c>approval</c>; assumed).</summary>
    public string? TaskDefinitionKey { get; set; }

    /// <summary>Include the process variables in each task (published <c>includeProcessVariables</c>).</summary>
    public bool IncludeVariables { get; set; }

    /// <summary>Sort field (published <c>sort</c>), e.g. <c>createTime</c> as in OpenText's examples.</summary>
    public string? Sort { get; set; }

    /// <summary>Sort direction (published <c>order</c>).</summary>
    public SortOrder? Order { get; set; }
}
