using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

// Document routes: multipart upload, list, metadata, download.
public sealed partial class TradingGridEmulator
{
    private void MapDocuments(RouteGroupBuilder api)
    {
        api.MapPost("/spaces/{spaceId}/documents", async (string spaceId, HttpRequest r) =>
        {
            if (r.ContentLength > MaxDocumentBytes)
            {
                return Error(413, "DOCUMENT_TOO_LARGE", $"Documents are limited to {MaxDocumentBytes} bytes.");
            }

            if (!r.HasFormContentType)
            {
                return Error(415, "UNSUPPORTED_MEDIA_TYPE", "Upload documents as multipart/form-data with a 'file' part and a 'metadata' part.");
            }

            if (State.FindSpace(spaceId) is not { } space)
            {
                return SpaceNotFound(spaceId);
            }

            var form = await r.ReadFormAsync(r.HttpContext.RequestAborted).ConfigureAwait(false);
            var file = form.Files["file"];
            if (file is null || file.Length == 0)
            {
                return Validation(("file", "A non-empty 'file' part is required."));
            }

            JsonNode? metadata;
            try
            {
                metadata = JsonNode.Parse(form["metadata"].ToString() is { Length: > 0 } m ? m : "{}");
            }
            catch (JsonException)
            {
                return Error(400, "INVALID_JSON", "The 'metadata' part is not valid JSON.");
            }

            var documentType = metadata?["documentType"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(documentType))
            {
                return Validation(("documentType", "documentType is required."));
            }

            var threadId = metadata?["threadId"]?.GetValue<string>();
            if (threadId is not null && State.FindThread(threadId)?.SpaceId != spaceId)
            {
                return Validation(("threadId", $"Thread '{threadId}' is not in space '{spaceId}'."));
            }

            DateOnly? expiresOn = null;
            if (metadata?["expiresOn"]?.GetValue<string>() is { } expiry)
            {
                if (!DateOnly.TryParseExact(expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return Validation(("expiresOn", "expiresOn must be a date (yyyy-MM-dd)."));
                }

                expiresOn = parsed;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, r.HttpContext.RequestAborted).ConfigureAwait(false);
            var document = State.AddDocument(space, threadId, file.FileName, file.ContentType is { Length: > 0 } ct ? ct : "application/octet-stream",
                buffer.ToArray(), documentType, expiresOn, metadata?["description"]?.GetValue<string>(), State.CompanyUser);
            return Results.Json(document, statusCode: 201);
        });
        api.MapGet("/spaces/{spaceId}/documents", (string spaceId, HttpRequest r) =>
        {
            if (State.FindSpace(spaceId) is null)
            {
                return SpaceNotFound(spaceId);
            }

            if (!TryDate(r, "since", out var since))
            {
                return InvalidParameter("since");
            }

            var threadId = r.Query["threadId"].ToString();
            var type = r.Query["documentType"].ToString();
            return Page(r, "documents", State.Documents
                .Where(d => d.SpaceId == spaceId && (threadId.Length == 0 || d.ThreadId == threadId)
                    && (type.Length == 0 || d.DocumentType == type) && (since is null || d.CreatedAt >= since))
                .OrderBy(d => d.CreatedAt).ThenBy(d => d.DocumentId, StringComparer.Ordinal));
        });
        api.MapGet("/documents/{documentId}", (string documentId) =>
            State.FindDocument(documentId) is { } d ? Results.Json(d) : DocumentNotFound(documentId));
        api.MapGet("/documents/{documentId}/content", (string documentId) =>
            State.FindDocument(documentId) is { } d && State.GetContent(documentId) is { } bytes
                ? Results.File(bytes, d.ContentType, d.FileName)
                : DocumentNotFound(documentId));
    }
}
