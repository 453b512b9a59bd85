using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// Reads the multipart forms of the API: "Create Case with Attachments" (the case JSON in part <c>caseInstance</c>, files
/// in parts <c>file</c>; part names assumed) and the assumed upload route (parts <c>file</c>). Files are hashed and
/// counted as they arrive, and refused past the size limit.
/// </summary>
internal static class CoreCaseMultipart
{
    public const string CasePart = "caseInstance";
    public const string FilePart = "file";

    public static bool IsMultipart(HttpRequest request, out string boundary)
    {
        boundary = string.Empty;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value ?? string.Empty;
        return boundary.Length > 0;
    }

    /// <summary>The parts of a form: the case JSON (if any) and the files; or the error to answer with.</summary>
    public static async Task<(JsonObject? Case, List<ReceivedFile> Files, IResult? Error)> ReadAsync(CoreCaseEmulator emulator, HttpRequest request, string boundary)
    {
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = emulator.MaxAttachmentBytes + (1024 * 1024) };
        JsonObject? caseJson = null;
        var files = new List<ReceivedFile>();
        try
        {
            while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (name == CasePart)
                {
                    try
                    {
                        caseJson = await JsonNode.ParseAsync(section.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false) as JsonObject;
                    }
                    catch (JsonException ex)
                    {
                        return (null, files, CoreCaseHttp.Error(request, StatusCodes.Status400BadRequest, "MALFORMED_REQUEST", $"The '{CasePart}' part is not valid JSON: {ex.Message}"));
                    }

                    if (caseJson is null)
                    {
                        return (null, files, CoreCaseHttp.Error(request, StatusCodes.Status400BadRequest, "MALFORMED_REQUEST", $"The '{CasePart}' part must be a JSON object."));
                    }
                }
                else if (name == FilePart)
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var (content, sha256) = await ReadLimitedAsync(emulator, section.Body, request.HttpContext.RequestAborted).ConfigureAwait(false);
                    if (content is null)
                    {
                        return (null, files, TooLarge(emulator, request));
                    }

                    if (string.IsNullOrWhiteSpace(fileName))
                    {
                        return (null, files, CoreCaseHttp.Invalid(request, FilePart, "each file part needs a file name"));
                    }

                    files.Add(new ReceivedFile(fileName, section.ContentType ?? "application/octet-stream", content, sha256));
                }
            }
        }
        catch (InvalidDataException)
        {
            return (null, files, TooLarge(emulator, request));
        }

        return (caseJson, files, null);
    }

    private static IResult TooLarge(CoreCaseEmulator emulator, HttpRequest request)
        => CoreCaseHttp.Error(request, StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", $"Attachments are limited to {emulator.MaxAttachmentBytes} bytes.");

    private static async Task<(byte[]? Content, string Sha256)> ReadLimitedAsync(CoreCaseEmulator emulator, Stream body, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > emulator.MaxAttachmentBytes)
            {
                return (null, string.Empty);
            }

            emulator.CountAttachmentBytes(read);
            hash.AppendData(chunk, 0, read);
            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant());
    }
}

/// <summary>A file part as received.</summary>
internal sealed record ReceivedFile(string FileName, string MimeType, byte[] Content, string Sha256);
