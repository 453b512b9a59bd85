namespace Connectors.Emulators.WorkflowService;

/// <summary>
/// A simple deployable process: user tasks with candidate groups, exclusive gateways on a variable, end events.
/// Enough BPMN to make a process really advance as its tasks complete.
/// </summary>
/// <param name="Key">The process definition key, e.g. <c>claims-process</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Start">The id of the first node.</param>
/// <param name="Nodes">Every node of the process.</param>
public sealed record ProcessModel(string Key, string Name, string Start, IReadOnlyList<ProcessNode> Nodes)
{
    /// <summary>Finds a node by id.</summary>
    /// <param name="id">The node id.</param>
    public ProcessNode? Find(string id) => Nodes.FirstOrDefault(n => n.Id == id);

    /// <summary>Checks that the start node and every target exist and that every gateway has a default.</summary>
    /// <returns>The first problem found, or <c>null</c> when the model is valid.</returns>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Key))
        {
            return "The model needs a key.";
        }

        if (Find(Start) is null)
        {
            return $"The start node '{Start}' does not exist.";
        }

        foreach (var node in Nodes)
        {
            var targets = node switch
            {
                UserTaskNode task => [task.Next],
                ExclusiveGatewayNode gateway => gateway.Conditions.Select(c => c.Next).Append(gateway.DefaultNext).ToArray(),
                _ => Array.Empty<string>(),
            };
            var missing = targets.FirstOrDefault(t => Find(t) is null);
            if (missing is not null)
            {
                return $"Node '{node.Id}' points to '{missing}', which does not exist.";
            }
        }

        return null;
    }
}

/// <summary>A node of a <see cref="ProcessModel"/>.</summary>
/// <param name="Id">The node id (the task definition key for user tasks).</param>
public abstract record ProcessNode(string Id);

/// <summary>A user task offered to candidate groups.</summary>
/// <param name="Id">The node id, used as the task definition key.</param>
/// <param name="Name">The task name.</param>
/// <param name="CandidateGroups">The groups that may claim the task.</param>
/// <param name="Next">The node after the task completes.</param>
/// <param name="Priority">The task priority (Flowable default 50).</param>
public sealed record UserTaskNode(string Id, string Name, IReadOnlyList<string> CandidateGroups, string Next, int Priority = 50)
    : ProcessNode(Id);

/// <summary>One branch of an exclusive gateway: taken when the variable's value equals <paramref name="EqualsValue"/>.</summary>
/// <param name="Variable">The process variable to test.</param>
/// <param name="EqualsValue">The value, compared as text (<c>true</c>, <c>42</c>, <c>changes-requested</c>).</param>
/// <param name="Next">The node taken when it matches.</param>
public sealed record GatewayCondition(string Variable, string EqualsValue, string Next);

/// <summary>An exclusive gateway: the first matching condition wins, else the default.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Conditions">The branches in order.</param>
/// <param name="DefaultNext">The node taken when no branch matches.</param>
public sealed record ExclusiveGatewayNode(string Id, IReadOnlyList<GatewayCondition> Conditions, string DefaultNext)
    : ProcessNode(Id);

/// <summary>An end event: the process completes when it reaches one.</summary>
/// <param name="Id">The node id.</param>
public sealed record EndNode(string Id) : ProcessNode(Id);
