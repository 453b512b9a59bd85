using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.Exstream;

/// <content>
/// The published design (DAS) writes, as OpenText's collection sends them: import an export package
/// (<c>POST import/das/{domain}?commit=</c>, multipart <c>exportPackage</c>: a zip of <c>resources/*.json</c> and
/// <c>links/links.json</c>), move a resource through the workflow (<c>PUT resources/{domain}/{id}/state</c>), replace a
/// draft's content (<c>PUT resources/{domain}/{id}/content</c>, multipart <c>file</c>) and create a sample file
/// (<c>POST resources/{domain}/content?name=&amp;type=&amp;subtype=</c>, multipart <c>file</c>, 201).
/// </content>
public sealed partial class ExstreamEmulator
{
    private async Task<IResult> ImportAsync(HttpContext context, string packageType, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var commit = context.Request.Query["commit"].ToString() == "true";
        var (package, refusal) = await ReadFileAsync(context, "exportPackage").ConfigureAwait(false);
        if (package is null)
        {
            return refusal!;
        }

        List<JsonObject> records;
        List<(string, int, string)> links;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
            records = [.. zip.Entries.Where(e => e.FullName.StartsWith("resources/", StringComparison.Ordinal) && e.FullName.EndsWith(".json", StringComparison.Ordinal))
                .Select(e => JsonNode.Parse(e.Open()) as JsonObject)
                .OfType<JsonObject>()
                .Where(r => DesignAssets.Text(r, "id") is not null && DesignAssets.Text(r, "type") is not null)];
            links = zip.GetEntry("links/links.json") is { } entry && JsonNode.Parse(entry.Open()) is JsonArray array
                ? [.. array.Where(l => DesignAssets.Text(l, "linkSubjectId") is not null && DesignAssets.Text(l, "linkObjectId") is not null)
                    .Select(l => (DesignAssets.Text(l, "linkSubjectId")!, l?["subjectVersion"]?.GetValue<int>() ?? 1, DesignAssets.Text(l, "linkObjectId")!))]
                : [];
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or InvalidOperationException or FormatException)
        {
            return Error(context, 400, 1001, $"The {packageType} export package is not a zip of resources/*.json and links/links.json: {ex.Message}");
        }

        List<JsonObject> imported, existing;
        lock (_gate)
        {
            (imported, existing) = _design.Import(records, links, commit);
        }

        static JsonNode Found(JsonObject r) => new JsonObject
        {
            ["id"] = DesignAssets.Text(r, "id"),
            ["name"] = DesignAssets.Text(r, "name"),
            ["newName"] = null,
            ["type"] = DesignAssets.Text(r, "type"),
            ["version"] = r["version"]?.GetValue<int>() ?? 1,
            ["state"] = DesignAssets.Text(r, "state"),
        };

        return Json(200, Envelope(new JsonObject
        {
            ["exportPackageUUID"] = null,
            ["policies"] = new JsonObject { ["generalPolicy"] = "ERROR" },
            ["importedResources"] = new JsonArray([.. imported.Select(Found)]),
            ["ignoredResources"] = new JsonArray(),
            ["conflictedResources"] = new JsonArray(),
            ["existingResources"] = new JsonArray([.. existing.Select(Found)]),
        }));
    }

    private async Task<IResult> ChangeStateAsync(HttpContext context, string domain, string resourceId)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var (request, refusal) = await ReadJsonObjectAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return refusal!;
        }

        var state = DesignAssets.Text(request, "state");
        if (state is not ("DRAFT" or "REVIEW" or "APPROVED" or "REJECTED"))
        {
            return Error(context, 400, 1001, "The body must be {\"state\": DRAFT|REVIEW|APPROVED|REJECTED, \"auditedComment\", \"locked\"}.");
        }

        lock (_gate)
        {
            var locked = request["locked"] is JsonValue l && l.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? l.GetValue<bool>() : (bool?)null;
            var (resource, notAllowed) = _design.ChangeState(resourceId, state, DesignAssets.Text(request, "auditedComment"), locked, Time.GetUtcNow());
            return resource is not null ? Json(200, Envelope(resource.DeepClone()))
                : notAllowed is not null ? Error(context, 400, 1001, notAllowed)
                : Error(context, 404, 1004, $"Resource '{resourceId}' was not found in domain '{domain}'.");
        }
    }

    private async Task<IResult> UpdateContentAsync(HttpContext context, string domain, string resourceId)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var (content, refusal) = await ReadFileAsync(context, "file").ConfigureAwait(false);
        if (content is null)
        {
            return refusal!;
        }

        lock (_gate)
        {
            var (resource, notDraft) = _design.UpdateContent(resourceId, Time.GetUtcNow());
            return resource is not null ? Json(200, Envelope(resource.DeepClone()))
                : notDraft is not null ? Error(context, 409, 1009, notDraft)
                : Error(context, 404, 1004, $"Resource '{resourceId}' was not found in domain '{domain}'.");
        }
    }

    private async Task<IResult> CreateResourceAsync(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var name = context.Request.Query["name"].ToString();
        var type = context.Request.Query["type"].ToString();
        if (name.Length == 0 || type.Length == 0)
        {
            return Error(context, 400, 1001, "The name and type query parameters are required.");
        }

        var (content, refusal) = await ReadFileAsync(context, "file").ConfigureAwait(false);
        if (content is null)
        {
            return refusal!;
        }

        var subtype = context.Request.Query["subtype"].ToString();
        lock (_gate)
        {
            return Json(201, Envelope(_design.Create(name, type, subtype.Length == 0 ? null : subtype, Time.GetUtcNow()).DeepClone()));
        }
    }

    /// <summary>Reads one file field of a multipart form, within the body limit.</summary>
    private async Task<(byte[]? Content, IResult? Refusal)> ReadFileAsync(HttpContext context, string field)
    {
        if (context.Request.ContentLength > MaxBodyBytes * 16L)
        {
            return (null, Error(context, 413, 1013, $"The request body is larger than {MaxBodyBytes * 16L} bytes."));
        }

        if (!context.Request.HasFormContentType)
        {
            return (null, Error(context, 400, 1001, $"Expected a multipart form with a '{field}' file."));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form.Files.GetFile(field) is not { } file)
        {
            return (null, Error(context, 400, 1001, $"The multipart form has no '{field}' file."));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return (buffer.ToArray(), null);
    }
}
