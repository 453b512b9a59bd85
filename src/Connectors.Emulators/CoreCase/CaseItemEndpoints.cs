using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// Things that live on a case, all on assumed routes: comments ("Comment On Case" is published, its path and body are
/// not), tasks, attachments of an existing case, links.
/// </summary>
internal sealed class CaseItemEndpoints(CoreCaseEmulator emulator)
{
    private const string Case = "/case-definitions/{caseDefinitionId}/cases/{caseId}";
    private const int MaxCommentLength = 32_000;
    private static readonly string[] Relations = ["RELATED", "PARENT", "CHILD", "DUPLICATE"];

    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapPost(Case + "/comments", AddCommentAsync);
        api.MapGet(Case + "/comments", ListComments);
        api.MapPost(Case + "/tasks", AddTaskAsync);
        api.MapGet(Case + "/tasks", ListTasks);
        api.MapPost(Case + "/tasks/{taskId}/complete", CompleteTaskAsync);
        api.MapPost(Case + "/attachments", UploadAsync);
        api.MapGet(Case + "/attachments", ListAttachments);
        api.MapGet(Case + "/attachments/{attachmentId}/content", Download);
        api.MapPost(Case + "/links", AddLinkAsync);
        api.MapGet(Case + "/links", ListLinks);
    }

    private async Task<IResult> AddCommentAsync(string caseDefinitionId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var text = Text(body, "text");
        var visibility = Text(body, "visibility") ?? "INTERNAL";
        if (string.IsNullOrWhiteSpace(text))
        {
            return Invalid(request, "text", "is required");
        }

        if (text.Length > MaxCommentLength)
        {
            return Invalid(request, "text", $"must be at most {MaxCommentLength} characters");
        }

        if (visibility is not ("INTERNAL" or "SHARED"))
        {
            return Invalid(request, "visibility", "must be INTERNAL or SHARED");
        }

        return WithOpenCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
            var comment = new EmulatedComment(Guid.NewGuid().ToString(), text, visibility, State.Time.GetUtcNow());
            found.Comments.Add(comment);
            State.Touch(found, caller.Identity);
            State.Record(found, "COMMENT_ADDED", new JsonObject { ["commentId"] = comment.Id, ["visibility"] = visibility });
            var rendered = CoreCaseRender.Comment(comment);
            rendered["createdByUser"] = CoreCaseRender.Identity(caller.Identity);
            return Json(rendered, StatusCodes.Status201Created);
        });
    }

    private IResult ListComments(string caseDefinitionId, string caseId, HttpRequest request)
    {
        string? visibility = request.Query["visibility"];
        return WithCase(State, request, caseDefinitionId, caseId, (found, _) => Page(
            request, "comments", [.. found.Comments.Where(c => visibility is null || c.Visibility == visibility).Select(CoreCaseRender.Comment)], emulator.MaxPageSize));
    }

    private async Task<IResult> AddTaskAsync(string caseDefinitionId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var name = Text(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return Invalid(request, "name", "is required");
        }

        DateTimeOffset? due = null;
        if (body["dueDate"] is not null)
        {
            if (!TryParseDate(Text(body, "dueDate"), out var parsed))
            {
                return Invalid(request, "dueDate", "must be a date-time");
            }

            due = parsed;
        }

        var (assignee, identityError) = ReadIdentity(request, body["assignee"], "assignee");
        if (identityError is not null)
        {
            return identityError;
        }

        return WithOpenCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
            var task = new EmulatedTask
            {
                Id = Guid.NewGuid().ToString(),
                Name = name,
                Description = Text(body, "description"),
                Assignee = assignee,
                DueDate = due,
                CreatedOn = State.Time.GetUtcNow(),
            };
            found.Tasks.Add(task);
            State.Touch(found, caller.Identity);
            State.Record(found, "TASK_CREATED", new JsonObject { ["taskId"] = task.Id, ["name"] = name });
            return Json(CoreCaseRender.Task(task), StatusCodes.Status201Created);
        });
    }

    private IResult ListTasks(string caseDefinitionId, string caseId, HttpRequest request)
        => WithCase(State, request, caseDefinitionId, caseId, (found, _) => Page(request, "tasks", [.. found.Tasks.Select(CoreCaseRender.Task)], emulator.MaxPageSize));

    private async Task<IResult> CompleteTaskAsync(string caseDefinitionId, string caseId, string taskId, HttpRequest request)
    {
        JsonObject body = [];
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (read, error) = await ReadObjectAsync(request).ConfigureAwait(false);
            if (read is null)
            {
                return error!;
            }

            body = read;
        }

        return WithOpenCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
            var task = found.Tasks.Find(t => t.Id == taskId);
            if (task is null)
            {
                return NotFound(request, "Task", taskId);
            }

            if (task.Status == "COMPLETED")
            {
                return Error(request, StatusCodes.Status409Conflict, "TASK_ALREADY_COMPLETED", $"Task '{task.Name}' is already completed.");
            }

            task.Status = "COMPLETED";
            task.Outcome = Text(body, "outcome");
            task.CompletedOn = State.Time.GetUtcNow();
            State.Touch(found, caller.Identity);
            State.Record(found, "TASK_COMPLETED", new JsonObject { ["taskId"] = task.Id, ["outcome"] = task.Outcome });
            return Json(CoreCaseRender.Task(task));
        });
    }

    private async Task<IResult> UploadAsync(string caseDefinitionId, string caseId, HttpRequest request)
    {
        if (!CoreCaseMultipart.IsMultipart(request, out var boundary))
        {
            return Error(request, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Attachments are uploaded as multipart/form-data with a 'file' part.");
        }

        // Refuse before reading a large body for a case that is not there.
        var missing = WithOpenCase(State, request, caseDefinitionId, caseId, (_, _) => Results.Empty);
        if (!ReferenceEquals(missing, Results.Empty))
        {
            return missing;
        }

        var (_, files, formError) = await CoreCaseMultipart.ReadAsync(emulator, request, boundary).ConfigureAwait(false);
        if (formError is not null)
        {
            return formError;
        }

        if (files.Count != 1)
        {
            return Invalid(request, "file", "exactly one 'file' part with a file name is required");
        }

        var file = files[0];
        return WithOpenCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
            var attachment = new EmulatedAttachment(Guid.NewGuid().ToString(), file.FileName, file.MimeType, file.Content, file.Sha256, State.Time.GetUtcNow());
            found.Attachments.Add(attachment);
            State.Touch(found, caller.Identity);
            State.Record(found, "ATTACHMENT_ADDED", new JsonObject { ["attachmentId"] = attachment.Id, ["fileName"] = file.FileName, ["size"] = file.Content.LongLength });
            return Json(CoreCaseRender.Attachment(attachment, found, request), StatusCodes.Status201Created);
        });
    }

    private IResult ListAttachments(string caseDefinitionId, string caseId, HttpRequest request)
        => WithCase(State, request, caseDefinitionId, caseId, (found, _) => Page(
            request, "attachments", [.. found.Attachments.Select(a => CoreCaseRender.Attachment(a, found, request))], emulator.MaxPageSize));

    private IResult Download(string caseDefinitionId, string caseId, string attachmentId, HttpRequest request)
        => WithCase(State, request, caseDefinitionId, caseId, (found, _) => found.Attachments.Find(a => a.Id == attachmentId) is { } attachment
            ? Results.File(attachment.Content, attachment.MimeType, attachment.FileName)
            : NotFound(request, "Attachment", attachmentId));

    private async Task<IResult> AddLinkAsync(string caseDefinitionId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var targetDefinitionId = Text(body, "targetCaseDefinitionId");
        var targetId = Text(body, "targetCaseId");
        var relation = Text(body, "relationType") ?? "RELATED";
        if (string.IsNullOrWhiteSpace(targetDefinitionId) || string.IsNullOrWhiteSpace(targetId))
        {
            return Invalid(request, "targetCaseId", "targetCaseDefinitionId and targetCaseId are required");
        }

        if (!Relations.Contains(relation))
        {
            return Invalid(request, "relationType", $"must be one of {string.Join(", ", Relations)}");
        }

        if (targetId == caseId && targetDefinitionId == caseDefinitionId)
        {
            return Invalid(request, "targetCaseId", "a case cannot be linked to itself");
        }

        return WithOpenCase(State, request, caseDefinitionId, caseId, (found, caller) =>
        {
            if (State.TenantCase(caller.TenantId, targetDefinitionId, targetId) is null)
            {
                return Invalid(request, "targetCaseId", $"case '{targetId}' does not exist in case definition '{targetDefinitionId}'");
            }

            if (found.Links.Exists(l => l.TargetCaseId == targetId && l.RelationType == relation))
            {
                return Error(request, StatusCodes.Status409Conflict, "DUPLICATE_LINK", "The cases are already linked this way.");
            }

            var link = new EmulatedLink(Guid.NewGuid().ToString(), caseDefinitionId, caseId, targetDefinitionId, targetId, relation, State.Time.GetUtcNow());
            found.Links.Add(link);
            State.Touch(found, caller.Identity);
            State.Record(found, "LINK_ADDED", new JsonObject
            {
                ["linkId"] = link.Id, ["targetCaseDefinitionId"] = targetDefinitionId, ["targetCaseId"] = targetId, ["relationType"] = relation,
            });
            return Json(CoreCaseRender.Link(link), StatusCodes.Status201Created);
        });
    }

    private IResult ListLinks(string caseDefinitionId, string caseId, HttpRequest request)
        => WithCase(State, request, caseDefinitionId, caseId, (found, _) => Page(request, "links", [.. found.Links.Select(CoreCaseRender.Link)], emulator.MaxPageSize));
}
