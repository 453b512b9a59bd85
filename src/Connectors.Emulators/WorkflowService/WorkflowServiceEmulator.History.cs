using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.WorkflowService;

/// <summary>The history service (assumed routes, Flowable's): historic process and task instances, as HAL lists.</summary>
public sealed partial class WorkflowServiceEmulator
{
    private static readonly Dictionary<string, Func<TaskEntry, IComparable?>> HistoricTaskSorts = new()
    {
        ["id"] = t => t.Sequence,
        ["startTime"] = t => t.CreateTime,
        ["endTime"] = t => t.EndTime,
        ["name"] = t => t.Name,
    };

    private void MapHistory(RouteGroupBuilder api)
    {
        api.MapGet("/historic-process-instances", (HttpRequest request) => Run(() =>
        {
            var businessKey = Query(request, "businessKey");
            var key = Query(request, "processDefinitionKey");
            var id = Query(request, "processInstanceId");
            var finished = QueryBool(request, "finished");
            var include = QueryBool(request, "includeProcessVariables") ?? false;
            var instances = Engine.QueryInstances(i =>
                (id is null || i.Id == id)
                && (businessKey is null || i.BusinessKey == businessKey)
                && (key is null || i.Definition.Key == key)
                && (finished is null || i.Ended == finished));
            return Json(Page(request, "historic-process-instances", instances, InstanceSorts, "id", i => WorkflowJson.HistoricInstance(i, TenantId, include)));
        }));

        api.MapGet("/historic-task-instances", (HttpRequest request) => Run(() =>
        {
            var taskId = Query(request, "taskId");
            var instanceId = Query(request, "processInstanceId");
            var businessKey = Query(request, "processBusinessKey");
            var assignee = Query(request, "taskAssignee");
            var finished = QueryBool(request, "finished");
            var tasks = Engine.QueryTasks(t =>
                (taskId is null || t.Id == taskId)
                && (instanceId is null || t.Instance.Id == instanceId)
                && (businessKey is null || t.Instance.BusinessKey == businessKey)
                && (assignee is null || t.Assignee == assignee)
                && (finished is null || t.Ended == finished));
            return Json(Page(request, "historic-task-instances", tasks, HistoricTaskSorts, "id", t => WorkflowJson.HistoricTask(t, TenantId)));
        }));
    }
}
