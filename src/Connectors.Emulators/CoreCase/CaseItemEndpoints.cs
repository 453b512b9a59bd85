using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using static Connectors.Emulators.CoreCase.CoreCaseHttp;

namespace Connectors.Emulators.CoreCase;

/// <summary>Things that live on a case: comments, tasks, attachments and links.</summary>
internal sealed class CaseItemEndpoints(CoreCaseEmulator emulator)
{
    private const int MaxCommentLength = 32_000;
    private static readonly string[] Relations = ["RELATED", "PARENT", "CHILD", "DUPLICATE"];

    private CoreCaseState State => emulator.State;

    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/caseinstances/{caseId}/comments", AddCommentAsync);
        api.MapGet("/caseinstances/{caseId}/comments", ListComments);
        api.MapPost("/caseinstances/{caseId}/tasks", AddTaskAsync);
        api.MapGet("/caseinstances/{caseId}/tasks", ListTasks);
        api.MapPost("/caseinstances/{caseId}/tasks/{taskId}/complete", CompleteTaskAsync);
        api.MapPost("/caseinstances/{caseId}/attachments", UploadAsync);
        api.MapGet("/caseinstances/{caseId}/attachments", ListAttachments);
        api.MapGet("/caseinstances/{caseId}/attachments/{attachmentId}/content", Download);
        api.MapPost("/caseinstances/{caseId}/links", AddLinkAsync);
        api.MapGet("/caseinstances/{caseId}/links", ListLinks);
    }

    private async Task<IResult> AddCommentAsync(string tenantId, string caseId, HttpRequest request)
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

        return WithOpenCase(tenantId, caseId, request, found =>
        {
            var comment = new EmulatedComment(Guid.NewGuid().ToString(), text, visibility, State.Time.GetUtcNow());
            found.Comments.Add(comment);
            State.Touch(found);
            State.Record(found, "COMMENT_ADDED", new JsonObject { ["commentId"] = comment.Id, ["visibility"] = visibility });
            return Json(CoreCaseRender.Comment(comment), StatusCodes.Status201Created);
        });
    }

    private IResult ListComments(string tenantId, string caseId, HttpRequest request)
    {
        string? visibility = request.Query["visibility"];
        return WithCase(tenantId, caseId, request, found => Page(
            request, "comments", [.. found.Comments.Where(c => visibility is null || c.Visibility == visibility).Select(CoreCaseRender.Comment)], emulator.MaxPageSize));
    }

    private async Task<IResult> AddTaskAsync(string tenantId, string caseId, HttpRequest request)
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

        var (assignee, assigneeError) = CaseEndpoints.ReadAssignee(request, body["assignee"], "assignee");
        if (assigneeError is not null)
        {
            return assigneeError;
        }

        return WithOpenCase(tenantId, caseId, request, found =>
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
            State.Touch(found);
            State.Record(found, "TASK_CREATED", new JsonObject { ["taskId"] = task.Id, ["name"] = name });
            return Json(CoreCaseRender.Task(task), StatusCodes.Status201Created);
        });
    }

    private IResult ListTasks(string tenantId, string caseId, HttpRequest request)
        => WithCase(tenantId, caseId, request, found => Page(request, "tasks", [.. found.Tasks.Select(CoreCaseRender.Task)], emulator.MaxPageSize));

    private async Task<IResult> CompleteTaskAsync(string tenantId, string caseId, string taskId, HttpRequest request)
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

        return WithOpenCase(tenantId, caseId, request, found =>
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
            State.Touch(found);
            State.Record(found, "TASK_COMPLETED", new JsonObject { ["taskId"] = task.Id, ["outcome"] = task.Outcome });
            return Json(CoreCaseRender.Task(task));
        });
    }

    private async Task<IResult> UploadAsync(string tenantId, string caseId, HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Length == 0)
        {
            return Error(request, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Attachments are uploaded as multipart/form-data with a 'file' part.");
        }

        lock (State.Gate)
        {
            if (State.TenantCase(tenantId, caseId) is not { } target)
            {
                return NotFound(request, "Case", caseId);
            }

            if (target.Status == CoreCaseStatuses.Closed)
            {
                return CaseEndpoints.Closed(request, target);
            }
        }

        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!, request.Body)
        {
            BodyLengthLimit = emulator.MaxAttachmentBytes + (1024 * 1024),
        };
        string? fileName = null, mimeType = null;
        byte[]? content = null;
        string? sha256 = null;
        try
        {
            while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
                {
                    continue;
                }

                fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                mimeType = section.ContentType ?? "application/octet-stream";
                (content, sha256) = await ReadLimitedAsync(section.Body, request.HttpContext.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (InvalidDataException)
        {
            content = null;
            sha256 = "too-large";
        }

        if (sha256 == "too-large")
        {
            return Error(request, StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", $"Attachments are limited to {emulator.MaxAttachmentBytes} bytes.");
        }

        if (content is null || string.IsNullOrWhiteSpace(fileName))
        {
            return Invalid(request, "file", "a 'file' part with a file name is required");
        }

        return WithOpenCase(tenantId, caseId, request, found =>
        {
            var attachment = new EmulatedAttachment(Guid.NewGuid().ToString(), fileName, mimeType!, content, sha256!, State.Time.GetUtcNow());
            found.Attachments.Add(attachment);
            State.Touch(found);
            State.Record(found, "ATTACHMENT_ADDED", new JsonObject { ["attachmentId"] = attachment.Id, ["fileName"] = fileName, ["size"] = content.LongLength });
            return Json(CoreCaseRender.Attachment(attachment, caseId, CoreCaseRender.ApiRoot(request, tenantId)), StatusCodes.Status201Created);
        });
    }

    private async Task<(byte[]? Content, string Sha256)> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > emulator.MaxAttachmentBytes)
            {
                return (null, "too-large");
            }

            emulator.CountAttachmentBytes(read);
            hash.AppendData(chunk, 0, read);
            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant());
    }

    private IResult ListAttachments(string tenantId, string caseId, HttpRequest request)
        => WithCase(tenantId, caseId, request, found => Page(
            request, "attachments", [.. found.Attachments.Select(a => CoreCaseRender.Attachment(a, caseId, CoreCaseRender.ApiRoot(request, tenantId)))], emulator.MaxPageSize));

    private IResult Download(string tenantId, string caseId, string attachmentId, HttpRequest request)
        => WithCase(tenantId, caseId, request, found => found.Attachments.Find(a => a.Id == attachmentId) is { } attachment
            ? Results.File(attachment.Content, attachment.MimeType, attachment.FileName)
            : NotFound(request, "Attachment", attachmentId));

    private async Task<IResult> AddLinkAsync(string tenantId, string caseId, HttpRequest request)
    {
        var (body, error) = await ReadObjectAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            return error!;
        }

        var targetId = Text(body, "targetCaseId");
        var relation = Text(body, "relationType") ?? "RELATED";
        if (string.IsNullOrWhiteSpace(targetId))
        {
            return Invalid(request, "targetCaseId", "is required");
        }

        if (!Relations.Contains(relation))
        {
            return Invalid(request, "relationType", $"must be one of {string.Join(", ", Relations)}");
        }

        if (targetId == caseId)
        {
            return Invalid(request, "targetCaseId", "a case cannot be linked to itself");
        }

        return WithOpenCase(tenantId, caseId, request, found =>
        {
            if (State.TenantCase(tenantId, targetId) is null)
            {
                return Invalid(request, "targetCaseId", $"case '{targetId}' does not exist");
            }

            if (found.Links.Exists(l => l.TargetCaseId == targetId && l.RelationType == relation))
            {
                return Error(request, StatusCodes.Status409Conflict, "DUPLICATE_LINK", "The cases are already linked this way.");
            }

            var link = new EmulatedLink(Guid.NewGuid().ToString(), caseId, targetId, relation, State.Time.GetUtcNow());
            found.Links.Add(link);
            State.Touch(found);
            State.Record(found, "LINK_ADDED", new JsonObject { ["linkId"] = link.Id, ["targetCaseId"] = targetId, ["relationType"] = relation });
            return Json(CoreCaseRender.Link(link), StatusCodes.Status201Created);
        });
    }

    private IResult ListLinks(string tenantId, string caseId, HttpRequest request)
        => WithCase(tenantId, caseId, request, found => Page(request, "links", [.. found.Links.Select(CoreCaseRender.Link)], emulator.MaxPageSize));

    private IResult WithCase(string tenantId, string caseId, HttpRequest request, Func<EmulatedCase, IResult> action)
    {
        lock (State.Gate)
        {
            return State.TenantCase(tenantId, caseId) is { } found ? action(found) : NotFound(request, "Case", caseId);
        }
    }

    private IResult WithOpenCase(string tenantId, string caseId, HttpRequest request, Func<EmulatedCase, IResult> action)
        => WithCase(tenantId, caseId, request, found => found.Status == CoreCaseStatuses.Closed ? CaseEndpoints.Closed(request, found) : action(found));
}
