namespace Connectors.Emulators.WorkflowService;

/// <summary>Starting, suspending, deleting and querying process instances and their variables.</summary>
public sealed partial class WorkflowEngine
{
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

    internal IReadOnlyList<StoredVariable> AddVariables(string id, IReadOnlyList<StoredVariable> variables)
    {
        lock (_gate)
        {
            var instance = RunningInstance(id);
            if (variables.FirstOrDefault(v => instance.Variables.ContainsKey(v.Name)) is { } existing)
            {
                throw new WorkflowApiException(409, $"Variable '{existing.Name}' is already present on process instance '{id}'.");
            }

            return SetVariables(id, variables);
        }
    }

    internal TaskComment AddInstanceComment(string id, string message)
    {
        lock (_gate)
        {
            var comment = new TaskComment(NewId(), CurrentUser, message, Now);
            RunningInstance(id).Comments.Add(comment);
            return comment;
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
}
