namespace Connectors.OpenText.WorkflowService;

/// <summary>An open user task.</summary>
public sealed class WorkflowTask
{
    /// <summary>The task id.</summary>
    public required string Id { get; set; }

    /// <summary>The task name.</summary>
    public string? Name { get; set; }

    /// <summary>The description.</summary>
    public string? Description { get; set; }

    /// <summary>The task's id in the process model (e.g. <c>validation</c>).</summary>
    public string? TaskDefinitionKey { get; set; }

    /// <summary>The process instance.</summary>
    public string? ProcessInstanceId { get; set; }

    /// <summary>The definition id.</summary>
    public string? ProcessDefinitionId { get; set; }

    /// <summary>The definition key.</summary>
    public string? ProcessDefinitionKey { get; set; }

    /// <summary>The instance's business key.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>Who the task is assigned to; <c>null</c> when it waits for a candidate to claim it.</summary>
    public string? Assignee { get; set; }

    /// <summary>The owner.</summary>
    public string? Owner { get; set; }

    /// <summary>The priority (Flowable default 50; higher is more urgent).</summary>
    public int Priority { get; set; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When it was claimed.</summary>
    public DateTimeOffset? ClaimTime { get; set; }

    /// <summary>Whether its instance is suspended.</summary>
    public bool Suspended { get; set; }

    /// <summary>The groups that may claim it.</summary>
    public IReadOnlyList<string> CandidateGroups { get; set => field = value ?? []; } = [];

    /// <summary>The process variables, when asked for.</summary>
    public IReadOnlyList<WorkflowVariable> Variables { get; set => field = value ?? []; } = [];

    /// <summary>The variable named <paramref name="name"/>, or <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    public WorkflowVariable? GetVariable(string name) => Variables.FirstOrDefault(v => v.Name == name);
}
