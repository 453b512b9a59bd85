using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>Assumed routes: status transitions (lawful ones only) and assignment to a published identity.</summary>
internal sealed class CaseLifecycleEndpoints(CoreCaseEmulator emulator)
{
    private const string Case = "/case-definitions/{caseDefinitionId}/cases/{caseId}";

    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapPut(Case + "/status", ChangeStatusAsync);
        api.MapPut(Case + "/assignee", AssignAsync);
    }

    private async Task<IResult> ChangeStatusAsync(string caseDefinitionId, string caseId, HttpRequest request)
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

        return WithCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
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
                State.Touch(found, caller.Identity);
                State.Record(found, "STATUS_CHANGED", new JsonObject { ["fromStatus"] = from, ["toStatus"] = target, ["reason"] = Text(body, "reason") });
            }

            return Json(CoreCaseRender.Case(found, State.Definition(caseDefinitionId), request));
        });
    }

    private async Task<IResult> AssignAsync(string caseDefinitionId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var (assignee, identityError) = ReadIdentity(request, body, "assignee");
        if (assignee is null)
        {
            return identityError ?? Invalid(request, "assignee", "is required");
        }

        return WithOpenCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
            if (found.Assignee != assignee)
            {
                found.Assignee = assignee;
                State.Touch(found, caller.Identity);
                State.Record(found, "ASSIGNED", new JsonObject { ["assignee"] = CoreCaseRender.Identity(assignee) });
            }

            return Json(CoreCaseRender.Case(found, State.Definition(caseDefinitionId), request));
        });
    }
}
