using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.WorkflowService;

/// <summary>User tasks: queries, update, claim/complete actions, comments and attachments.</summary>
public sealed partial class WorkflowServiceEmulator
{
    private static readonly Dictionary<string, Func<TaskEntry, IComparable?>> TaskSorts = new()
    {
        ["id"] = t => t.Sequence,
        ["createTime"] = t => t.CreateTime,
        ["name"] = t => t.Name,
        ["priority"] = t => t.Priority,
        ["dueDate"] = t => t.DueDate,
        ["assignee"] = t => t.Assignee,
    };

    private void MapTasks(RouteGroupBuilder api)
    {
        api.MapGet("/tasks", (HttpRequest request) => Run(() =>
        {
            var instanceId = Query(request, "processInstanceId");
            var businessKey = Query(request, "processInstanceBusinessKey");
            var assignee = Query(request, "assignee");
            var group = Query(request, "candidateGroup");
            var key = Query(request, "processDefinitionKey");
            var taskKey = Query(request, "taskDefinitionKey");
            var unassigned = QueryBool(request, "unassigned");
            var name = Query(request, "name");
            var user = Query(request, "candidateOrAssigned");
            var include = QueryBool(request, "includeProcessVariables") ?? false;
            var tasks = Engine.QueryTasks(t => !t.Ended
                && (instanceId is null || t.Instance.Id == instanceId)
                && (businessKey is null || t.Instance.BusinessKey == businessKey)
                && (assignee is null || t.Assignee == assignee)
                && (group is null || (t.Assignee is null && t.Node.CandidateGroups.Contains(group)))
                && (key is null || t.Instance.Definition.Key == key)
                && (taskKey is null || t.Node.Id == taskKey)
                && (unassigned is not true || t.Assignee is null)
                && (name is null || t.Name == name)
                && (user is null || t.Assignee == user || (t.Assignee is null && CandidateOf(user, t))));
            return Json(Page(request, "tasks", tasks, TaskSorts, "id", t => WorkflowJson.Task(t, TenantId, include)));
        }));

        api.MapGet("/tasks/{id}", (string id, HttpRequest request) => Run(()
            => Json(WorkflowJson.Task(Engine.OpenTask(id), TenantId, QueryBool(request, "includeProcessVariables") ?? false))));

        api.MapPut("/tasks/{id}", (string id, HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var events = Engine.Update(id, ReadUpdate(body));
            return await WithCallbacksAsync(events, Json(WorkflowJson.Task(Engine.OpenTask(id), TenantId, false))).ConfigureAwait(false);
        }));

        api.MapPost("/tasks/{id}", (string id, HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var action = Text(body, "action");
            switch (action)
            {
                case "claim":
                    var claimed = Engine.Claim(id, Text(body, "assignee"));
                    return await WithCallbacksAsync(claimed, Json(WorkflowJson.Task(Engine.OpenTask(id), TenantId, false))).ConfigureAwait(false);
                case "delegate":
                    var assignee = Text(body, "assignee") ?? throw WorkflowApiException.BadRequest("delegate needs an assignee.");
                    var delegated = Engine.Update(id, new TaskUpdate(null, null, null, null, false, null, true, assignee));
                    return await WithCallbacksAsync(delegated, Json(WorkflowJson.Task(Engine.OpenTask(id), TenantId, false))).ConfigureAwait(false);
                case "complete":
                    var completed = Engine.Complete(id, Variables(body["variables"]), Text(body, "outcome"));
                    return await WithCallbacksAsync(completed, Results.Ok()).ConfigureAwait(false);
                default:
                    throw WorkflowApiException.BadRequest($"Invalid action '{action}'; use claim, delegate or complete.");
            }
        }));

        api.MapGet("/tasks/{id}/comments", (string id) => Run(() =>
        {
            var task = Engine.OpenTask(id);
            return Json(new JsonArray(task.Comments.Select(c => (JsonNode?)WorkflowJson.Comment(c, task)).ToArray()));
        }));

        api.MapPost("/tasks/{id}/comments", (string id, HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var message = Text(body, "message");
            if (string.IsNullOrWhiteSpace(message))
            {
                throw WorkflowApiException.BadRequest("A comment needs a message.");
            }

            var comment = Engine.AddComment(id, message);
            return Json(WorkflowJson.Comment(comment, Engine.OpenTask(id)), StatusCodes.Status201Created);
        }));

        api.MapGet("/tasks/{id}/attachments", (string id) => Run(() =>
        {
            var task = Engine.OpenTask(id);
            return Json(new JsonArray(task.Attachments.Select(a => (JsonNode?)WorkflowJson.Attachment(a, task)).ToArray()));
        }));

        api.MapPost("/tasks/{id}/attachments", (string id, HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            var name = Text(body, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw WorkflowApiException.BadRequest("An attachment needs a name.");
            }

            var attachment = Engine.AddAttachment(id, name, Text(body, "description"), Text(body, "type"), Text(body, "url"));
            return Json(WorkflowJson.Attachment(attachment, Engine.OpenTask(id)), StatusCodes.Status201Created);
        }));

        api.MapDelete("/tasks/{id}/attachments/{attachmentId}", (string id, string attachmentId) => Run(() =>
        {
            Engine.DeleteAttachment(id, attachmentId);
            return Results.NoContent();
        }));
    }

    /// <summary>
    /// <c>candidateOrAssigned</c>: the emulator has no user directory, so a user is a candidate of a task offered to
    /// no group, or of one whose group is named in <see cref="WorkflowEngine.UserGroups"/> for that user.
    /// </summary>
    private bool CandidateOf(string user, TaskEntry task)
        => task.Node.CandidateGroups.Count == 0
            || (Engine.UserGroups.TryGetValue(user, out var groups) && task.Node.CandidateGroups.Any(groups.Contains));

    private static TaskUpdate ReadUpdate(JsonObject body)
    {
        int? priority = null;
        if (body["priority"] is { } p)
        {
            priority = p.GetValueKind() == JsonValueKind.Number && p.AsValue().TryGetValue(out int value)
                ? value
                : throw WorkflowApiException.BadRequest("priority must be an integer.");
        }

        DateTimeOffset? dueDate = null;
        var dueDateSet = body.ContainsKey("dueDate");
        if (body["dueDate"] is { } due)
        {
            dueDate = StoredVariable.TryParseDate(Text(body, "dueDate"), out var parsed)
                ? parsed
                : throw WorkflowApiException.BadRequest($"dueDate '{due.ToJsonString()}' is not an ISO 8601 date.");
        }

        return new TaskUpdate(
            Text(body, "name"),
            Text(body, "description"),
            Text(body, "owner"),
            priority,
            dueDateSet,
            dueDate,
            body.ContainsKey("assignee"),
            Text(body, "assignee"));
    }
}
