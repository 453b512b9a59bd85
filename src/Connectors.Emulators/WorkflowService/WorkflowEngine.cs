namespace Connectors.Emulators.WorkflowService;

/// <summary>
/// The in-memory process engine behind the emulator. Every mutation runs under one lock and
/// returns the events it raised, which the caller delivers after the lock is released.
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly Lock _gate = new();

    private readonly List<ProcessDefinitionEntry> _definitions = [];

    private readonly List<ProcessInstanceEntry> _instances = [];

    private readonly List<TaskEntry> _tasks = [];

    private readonly List<WorkflowEvent> _events = [];

    private readonly List<EventSubscription> _subscriptions = [];

    private long _sequence;

    internal WorkflowEngine(TimeProvider time) => Time = time;

    /// <summary>The clock for timestamps.</summary>
    public TimeProvider Time { get; set; }

    /// <summary>The user recorded as author and starter.</summary>
    public string CurrentUser { get; set; } = "integration.user";

    /// <summary>The groups of each user, for the published <c>candidateOrAssigned</c> task filter (the emulator has no directory).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> UserGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>A snapshot of every deployed definition.</summary>
    public IReadOnlyList<ProcessDefinitionEntry> Definitions { get { lock (_gate) { return _definitions.ToArray(); } } }

    /// <summary>A snapshot of every instance, running or ended.</summary>
    public IReadOnlyList<ProcessInstanceEntry> Instances { get { lock (_gate) { return _instances.ToArray(); } } }

    /// <summary>A snapshot of every task, open or ended.</summary>
    public IReadOnlyList<TaskEntry> Tasks { get { lock (_gate) { return _tasks.ToArray(); } } }

    /// <summary>A snapshot of the event log.</summary>
    public IReadOnlyList<WorkflowEvent> Events { get { lock (_gate) { return _events.ToArray(); } } }

    /// <summary>A snapshot of the registered subscriptions.</summary>
    public IReadOnlyList<EventSubscription> Subscriptions { get { lock (_gate) { return _subscriptions.ToArray(); } } }

    /// <summary>Deploys a model: a new version when the key already exists.</summary>
    /// <param name="model">The model.</param>
    public ProcessDefinitionEntry Deploy(ProcessModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problem = model.Validate();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(model));
        }

        lock (_gate)
        {
            var version = _definitions.Where(d => d.Key == model.Key).Select(d => d.Version).DefaultIfEmpty(0).Max() + 1;
            var definition = new ProcessDefinitionEntry(NewId(), version, NewId(), Now, model);
            _definitions.Add(definition);
            return definition;
        }
    }

    internal ProcessDefinitionEntry DefinitionById(string id)
    {
        lock (_gate)
        {
            return _definitions.FirstOrDefault(d => d.Id == id)
                ?? throw WorkflowApiException.NotFound($"Could not find a model with id '{id}'.");
        }
    }

    internal void DeleteModel(string id)
    {
        lock (_gate)
        {
            _definitions.Remove(DefinitionById(id));
        }
    }

    private DateTimeOffset Now => Time.GetUtcNow();

    private static string NewId() => Guid.NewGuid().ToString();

    private WorkflowEvent Raise(string type, ProcessInstanceEntry instance, TaskEntry? task)
    {
        var sequence = _events.Count + 1;
        var raised = new WorkflowEvent(NewId(), sequence, type, Now, instance, task, task?.Assignee);
        _events.Add(raised);
        return raised;
    }

    private void Advance(ProcessInstanceEntry instance, string nodeId, List<WorkflowEvent> events)
    {
        var model = instance.Definition.Model;
        for (var steps = 0; steps < 1000; steps++)
        {
            switch (model.Find(nodeId))
            {
                case UserTaskNode node:
                    var task = new TaskEntry(NewId(), instance, node, ++_sequence) { CreateTime = Now };
                    _tasks.Add(task);
                    instance.ActivityId = node.Id;
                    events.Add(Raise("TASK_CREATED", instance, task));
                    return;
                case ExclusiveGatewayNode gateway:
                    var match = gateway.Conditions.FirstOrDefault(c =>
                        instance.Variables.TryGetValue(c.Variable, out var v)
                        && string.Equals(v.AsText(), c.EqualsValue, StringComparison.OrdinalIgnoreCase));
                    nodeId = match?.Next ?? gateway.DefaultNext;
                    break;
                default:
                    instance.ActivityId = nodeId;
                    instance.EndTime = Now;
                    events.Add(Raise("PROCESS_COMPLETED", instance, null));
                    return;
            }
        }

        throw new InvalidOperationException($"Process '{model.Key}' loops through gateways without reaching a task.");
    }
}
