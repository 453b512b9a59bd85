namespace Connectors.Emulators.WorkflowService;

/// <summary>
/// The in-memory process engine behind the emulator. Every mutation runs under one lock and
/// returns the events it raised, which the caller delivers after the lock is released.
/// </summary>
public sealed class WorkflowEngine
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
            var definition = new ProcessDefinitionEntry($"{model.Key}:{version}:{NewId()}", version, NewId(), Now, model);
            _definitions.Add(definition);
            return definition;
        }
    }

    internal ProcessDefinitionEntry DefinitionById(string id)
    {
        lock (_gate)
        {
            return _definitions.FirstOrDefault(d => d.Id == id)
                ?? throw WorkflowApiException.NotFound($"Could not find a process definition with id '{id}'.");
        }
    }

    internal (ProcessInstanceEntry Instance, List<WorkflowEvent> Events) Start(
        string? definitionKey, string? definitionId, string? businessKey, string? name, IReadOnlyList<StoredVariable> variables)
    {
        lock (_gate)
        {
            var definition = definitionId is not null
                ? _definitions.FirstOrDefault(d => d.Id == definitionId)
                    ?? throw WorkflowApiException.NotFound($"Could not find a process definition with id '{definitionId}'.")
                : _definitions.Where(d => d.Key == definitionKey).MaxBy(d => d.Version)
                    ?? throw WorkflowApiException.NotFound($"No process definition is deployed with key '{definitionKey}'.");
            var instance = new ProcessInstanceEntry(NewId(), definition, ++_sequence)
            {
                BusinessKey = businessKey,
                Name = name ?? definition.Model.Name,
                StartUserId = CurrentUser,
                StartTime = Now,
            };
            foreach (var variable in variables)
            {
                instance.Variables[variable.Name] = variable;
            }

            _instances.Add(instance);
            var events = new List<WorkflowEvent> { Raise("PROCESS_STARTED", instance, null) };
            Advance(instance, definition.Model.Start, events);
            return (instance, events);
        }
    }

    internal ProcessInstanceEntry RunningInstance(string id)
    {
        lock (_gate)
        {
            return _instances.FirstOrDefault(i => i.Id == id && !i.Ended)
                ?? throw WorkflowApiException.NotFound($"Could not find a process instance with id '{id}'.");
        }
    }

    internal List<WorkflowEvent> SetSuspended(string id, bool suspended)
    {
        lock (_gate)
        {
            var instance = RunningInstance(id);
            if (instance.Suspended == suspended)
            {
                throw WorkflowApiException.Conflict($"Process instance '{id}' is already {(suspended ? "suspended" : "active")}.");
            }

            instance.Suspended = suspended;
            return [Raise(suspended ? "PROCESS_SUSPENDED" : "PROCESS_ACTIVATED", instance, null)];
        }
    }

    internal List<WorkflowEvent> Delete(string id, string? reason)
    {
        lock (_gate)
        {
            var instance = RunningInstance(id);
            var now = Now;
            foreach (var task in _tasks.Where(t => t.Instance == instance && !t.Ended))
            {
                task.EndTime = now;
                task.DeleteReason = reason ?? "deleted";
            }

            instance.EndTime = now;
            instance.DeleteReason = reason ?? "deleted";
            return [Raise("PROCESS_CANCELLED", instance, null)];
        }
    }

    internal IReadOnlyList<StoredVariable> SetVariables(string id, IReadOnlyList<StoredVariable> variables)
    {
        lock (_gate)
        {
            var instance = RunningInstance(id);
            foreach (var variable in variables)
            {
                instance.Variables[variable.Name] = variable;
            }

            return variables;
        }
    }

    internal IReadOnlyList<StoredVariable> VariablesOf(string id)
    {
        lock (_gate)
        {
            return RunningInstance(id).Variables.Values.ToArray();
        }
    }

    internal IReadOnlyList<ProcessInstanceEntry> QueryInstances(Func<ProcessInstanceEntry, bool> filter)
    {
        lock (_gate)
        {
            return _instances.Where(filter).ToArray();
        }
    }

    internal IReadOnlyList<TaskEntry> QueryTasks(Func<TaskEntry, bool> filter)
    {
        lock (_gate)
        {
            return _tasks.Where(filter).ToArray();
        }
    }

    internal TaskEntry OpenTask(string id)
    {
        lock (_gate)
        {
            var task = _tasks.FirstOrDefault(t => t.Id == id)
                ?? throw WorkflowApiException.NotFound($"Could not find a task with id '{id}'.");
            return task.Ended
                ? throw WorkflowApiException.NotFound($"Could not find a task with id '{id}'.")
                : task;
        }
    }

    internal List<WorkflowEvent> Claim(string id, string? assignee)
    {
        lock (_gate)
        {
            var task = OpenTask(id);
            if (assignee is not null && task.Assignee is not null && task.Assignee != assignee)
            {
                throw WorkflowApiException.Conflict($"Task '{id}' is already claimed by someone else.");
            }

            if (task.Assignee == assignee)
            {
                return [];
            }

            task.Assignee = assignee;
            task.ClaimTime = assignee is null ? null : Now;
            return [Raise("TASK_ASSIGNED", task.Instance, task)];
        }
    }

    internal List<WorkflowEvent> Update(string id, TaskUpdate update)
    {
        lock (_gate)
        {
            var task = OpenTask(id);
            var events = new List<WorkflowEvent>();
            if (update.Name is not null)
            {
                task.Name = update.Name;
            }

            if (update.Description is not null)
            {
                task.Description = update.Description;
            }

            if (update.Owner is not null)
            {
                task.Owner = update.Owner;
            }

            if (update.Priority is { } priority)
            {
                task.Priority = priority;
            }

            if (update.DueDateSet)
            {
                task.DueDate = update.DueDate;
            }

            if (update.AssigneeSet && update.Assignee != task.Assignee)
            {
                task.Assignee = update.Assignee;
                task.ClaimTime = update.Assignee is null ? null : Now;
                events.Add(Raise("TASK_ASSIGNED", task.Instance, task));
            }

            return events;
        }
    }

    internal List<WorkflowEvent> Complete(string id, IReadOnlyList<StoredVariable> variables, string? outcome)
    {
        lock (_gate)
        {
            var task = _tasks.FirstOrDefault(t => t.Id == id)
                ?? throw WorkflowApiException.NotFound($"Could not find a task with id '{id}'.");
            if (task.Ended)
            {
                throw WorkflowApiException.Conflict(task.DeleteReason is null
                    ? $"Task '{id}' is already completed."
                    : $"Task '{id}' was deleted: {task.DeleteReason}.");
            }

            if (task.Instance.Suspended)
            {
                throw WorkflowApiException.Conflict($"Task '{id}' cannot be completed: its process instance is suspended.");
            }

            foreach (var variable in variables)
            {
                task.Instance.Variables[variable.Name] = variable;
            }

            task.Outcome = outcome;
            task.EndTime = Now;
            task.Assignee ??= CurrentUser;
            var events = new List<WorkflowEvent> { Raise("TASK_COMPLETED", task.Instance, task) };
            Advance(task.Instance, task.Node.Next, events);
            return events;
        }
    }

    internal TaskComment AddComment(string id, string message)
    {
        lock (_gate)
        {
            var comment = new TaskComment(NewId(), CurrentUser, message, Now);
            OpenTask(id).Comments.Add(comment);
            return comment;
        }
    }

    internal TaskAttachment AddAttachment(string id, string name, string? description, string? type, string? url)
    {
        lock (_gate)
        {
            var attachment = new TaskAttachment(NewId(), name, description, type, url, Now);
            OpenTask(id).Attachments.Add(attachment);
            return attachment;
        }
    }

    internal void DeleteAttachment(string id, string attachmentId)
    {
        lock (_gate)
        {
            var task = OpenTask(id);
            if (task.Attachments.RemoveAll(a => a.Id == attachmentId) == 0)
            {
                throw WorkflowApiException.NotFound($"Could not find an attachment with id '{attachmentId}' on task '{id}'.");
            }
        }
    }

    internal EventSubscription Subscribe(Uri callbackUrl, string secret, IReadOnlyList<string> eventTypes)
    {
        lock (_gate)
        {
            var subscription = new EventSubscription(NewId(), callbackUrl, secret, eventTypes, Now);
            _subscriptions.Add(subscription);
            return subscription;
        }
    }

    internal void Unsubscribe(string id)
    {
        lock (_gate)
        {
            if (_subscriptions.RemoveAll(s => s.Id == id) == 0)
            {
                throw WorkflowApiException.NotFound($"Could not find an event subscription with id '{id}'.");
            }
        }
    }

    internal IReadOnlyList<WorkflowEvent> EventsAfter(long sequence)
    {
        lock (_gate)
        {
            return _events.Where(e => e.Sequence > sequence).ToArray();
        }
    }

    private DateTimeOffset Now => Time.GetUtcNow();

    private static string NewId() => Guid.NewGuid().ToString();

    private WorkflowEvent Raise(string type, ProcessInstanceEntry instance, TaskEntry? task)
    {
        var sequence = _events.Count + 1;
        var raised = new WorkflowEvent(NewId(), sequence, type, Now, instance, task);
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

/// <summary>The fields of a task update; only the ones set change.</summary>
internal sealed record TaskUpdate(
    string? Name,
    string? Description,
    string? Owner,
    int? Priority,
    bool DueDateSet,
    DateTimeOffset? DueDate,
    bool AssigneeSet,
    string? Assignee);
