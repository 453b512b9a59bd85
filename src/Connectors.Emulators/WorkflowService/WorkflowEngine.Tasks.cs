namespace Connectors.Emulators.WorkflowService;

/// <summary>User tasks: queries, claim, update, complete, comments and attachments.</summary>
public sealed partial class WorkflowEngine
{
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
