using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>Status transitions (lawful ones only) and assignment.</summary>
internal sealed class CaseLifecycleEndpoints(CoreCaseEmulator emulator)
{
    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapPut("/caseinstances/{caseId}/status", ChangeStatusAsync);
        api.MapPut("/caseinstances/{caseId}/assignee", AssignAsync);
    }

    private async Task<IResult> ChangeStatusAsync(string tenantId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var target = Text(body, "status");
        if (target is null || !CoreCaseStatuses.IsKnown(target))
        {
            return Error(request, StatusCodes.Status400BadRequest, "INVALID_STATUS", $"Unknown status '{target}'.", ("status", "unknown status"));
        }

        lock (State.Gate)
        {
            var found = State.TenantCase(tenantId, caseId);
            if (found is null)
            {
                return NotFound(request, "Case", caseId);
            }

            if (found.Status != target)
            {
                if (!CoreCaseStatuses.IsLawful(found.Status, target))
                {
                    var allowed = CoreCaseStatuses.Next(found.Status);
                    var conflict = ErrorBody(request, StatusCodes.Status409Conflict, "INVALID_STATUS_TRANSITION",
                        $"Case {found.CaseNumber} cannot move from {found.Status} to {target}.",
                        ("status", $"allowed from {found.Status}: {string.Join(", ", allowed)}"));
                    conflict["currentStatus"] = found.Status;
                    conflict["requestedStatus"] = target;
                    conflict["allowedStatuses"] = new JsonArray([.. allowed.Select(a => (JsonNode)JsonValue.Create(a))]);
                    return Json(conflict, StatusCodes.Status409Conflict);
                }

                var from = found.Status;
                found.Status = target;
                State.Touch(found);
                State.Record(found, "STATUS_CHANGED", new JsonObject { ["fromStatus"] = from, ["toStatus"] = target, ["reason"] = Text(body, "reason") });
            }

            return Json(CoreCaseRender.Case(found, State.CaseType(found.CaseTypeId), CoreCaseRender.ApiRoot(request, tenantId)), etag: CaseEndpoints.ETag(found));
        }
    }

    private async Task<IResult> AssignAsync(string tenantId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var (assignee, assigneeError) = CaseEndpoints.ReadAssignee(request, body, "assignee");
        if (assignee is null)
        {
            return assigneeError ?? Invalid(request, "assignee", "is required");
        }

        lock (State.Gate)
        {
            var found = State.TenantCase(tenantId, caseId);
            if (found is null)
            {
                return NotFound(request, "Case", caseId);
            }

            if (found.Status == CoreCaseStatuses.Closed)
            {
                return CaseEndpoints.Closed(request, found);
            }

            if (found.Assignee != assignee)
            {
                found.Assignee = assignee;
                State.Touch(found);
                State.Record(found, "ASSIGNED", new JsonObject { ["assignee"] = CoreCaseRender.Assignee(assignee) });
            }

            return Json(CoreCaseRender.Case(found, State.CaseType(found.CaseTypeId), CoreCaseRender.ApiRoot(request, tenantId)), etag: CaseEndpoints.ETag(found));
        }
    }
}
