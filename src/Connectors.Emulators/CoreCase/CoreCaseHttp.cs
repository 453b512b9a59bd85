using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.CoreCase;

/// <summary>Wire helpers shared by the Core Case endpoints: dates, errors, HAL pages, body reading.</summary>
internal static class CoreCaseHttp
{
    public const string CallerKey = "corecase.caller";
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd",
    ];

    /// <summary>CCMA writes timestamps as in its Postman examples: <c>2021-01-12T16:09:09.193+0000</c>.</summary>
    public static string FormatDate(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    public static bool TryParseDate(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // "+0000" has no colon; make it ISO 8601 extended before parsing.
        var normalized = text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && char.IsDigit(text[^1]) && text[^3] != ':'
            ? text[..^2] + ":" + text[^2..]
            : text;
        return DateTimeOffset.TryParseExact(normalized, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
               || DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK, string? etag = null)
        => new JsonNodeResult(node, status, etag);

    /// <summary>The error body: Spring Boot's default fields plus a stable <c>code</c> and field <c>details</c>.</summary>
    public static IResult Error(HttpRequest request, int status, string code, string message, params (string Field, string Message)[] details)
        => Json(ErrorBody(request, status, code, message, details), status);

    public static JsonObject ErrorBody(HttpRequest request, int status, string code, string message, params (string Field, string Message)[] details)
    {
        var body = new JsonObject
        {
            ["timestamp"] = FormatDate(DateTimeOffset.UtcNow),
            ["status"] = status,
            ["error"] = ReasonPhrase(status),
            ["code"] = code,
            ["message"] = message,
            ["path"] = request.Path.Value,
        };
        if (details.Length > 0)
        {
            body["details"] = new JsonArray([.. details.Select(d => (JsonNode)new JsonObject { ["field"] = d.Field, ["message"] = d.Message })]);
        }

        return body;
    }

    public static IResult Invalid(HttpRequest request, string field, string message)
        => Error(request, StatusCodes.Status400BadRequest, "VALIDATION_FAILED", $"{field}: {message}", (field, message));

    public static JsonObject? Obj(JsonNode? node, string name) => node is JsonObject obj ? obj[name] as JsonObject : null;

    public static IResult NotFound(HttpRequest request, string what, string id)
        => Error(request, StatusCodes.Status404NotFound, "NOT_FOUND", $"{what} '{id}' was not found.");

    public static IResult DefinitionNotFound(HttpRequest request, string caseDefinitionId)
        => Error(request, StatusCodes.Status404NotFound, "CASE_DEFINITION_NOT_FOUND", $"Case definition '{caseDefinitionId}' was not found.");

    public static IResult CaseNotFound(HttpRequest request, string caseDefinitionId, string caseId)
        => Error(request, StatusCodes.Status404NotFound, "CASE_NOT_FOUND", $"Case '{caseId}' was not found in case definition '{caseDefinitionId}'.");

    /// <summary>The tenant and identity the endpoint filter read from the token.</summary>
    public static Caller Caller(HttpRequest request) => (Caller)request.HttpContext.Items[CallerKey]!;

    /// <summary>
    /// Runs <paramref name="action"/> on the caller's case under the state's lock: an unknown definition and a case that
    /// is not under that definition (even if it exists under another) are 404s with the service's message.
    /// </summary>
    public static IResult WithCase(CoreCaseState state, HttpRequest request, string caseDefinitionId, string caseId, Func<EmulatedCase, Caller, IResult> action)
    {
        var caller = Caller(request);
        lock (state.Gate)
        {
            if (state.Definition(caseDefinitionId) is null)
            {
                return DefinitionNotFound(request, caseDefinitionId);
            }

            return state.TenantCase(caller.TenantId, caseDefinitionId, caseId) is { } found
                ? action(found, caller)
                : CaseNotFound(request, caseDefinitionId, caseId);
        }
    }

    /// <summary>As <see cref="WithCase"/>, refusing writes to a closed case (assumed rule).</summary>
    public static IResult WithOpenCase(CoreCaseState state, HttpRequest request, string caseDefinitionId, string caseId, Func<EmulatedCase, Caller, IResult> action)
        => WithCase(state, request, caseDefinitionId, caseId, (found, caller) => found.Status == CoreCaseStatuses.Closed ? Closed(request, found) : action(found, caller));

    public static IResult Closed(HttpRequest request, EmulatedCase found)
        => Error(request, StatusCodes.Status409Conflict, "CASE_CLOSED", $"Case {found.CaseNumber} is closed; reopen it first.");

    /// <summary>Reads a published identity <c>{id, caseIdentityType: User | FunctionalRole, …}</c>.</summary>
    public static (EmulatedIdentity? Identity, IResult? Error) ReadIdentity(HttpRequest request, JsonNode? node, string field)
    {
        if (node is null)
        {
            return (null, null);
        }

        var type = Text(node, "caseIdentityType");
        var id = Text(node, "id");
        return type is not ("User" or "FunctionalRole") ? (null, Invalid(request, $"{field}.caseIdentityType", "must be User or FunctionalRole"))
            : string.IsNullOrWhiteSpace(id) ? (null, Invalid(request, $"{field}.id", "is required"))
            : (new EmulatedIdentity(id, type), null);
    }

    /// <summary>Reads a JSON object body; a missing or malformed body is a 400.</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpRequest request)
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Error(request, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "The body must be application/json."));
        }

        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return node is JsonObject obj
                ? (obj, null)
                : (null, Error(request, StatusCodes.Status400BadRequest, "MALFORMED_REQUEST", "The body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            return (null, Error(request, StatusCodes.Status400BadRequest, "MALFORMED_REQUEST", $"The body is not valid JSON: {ex.Message}"));
        }
    }

    public static string? Text(JsonNode? node, string name)
        => node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>
    /// A Spring-HAL page: <c>_embedded.{rel}</c>, <c>page {size,totalElements,totalPages,number}</c>,
    /// <c>_links.self/next</c>. Query <c>page</c> is zero-based, <c>size</c> 1..<paramref name="maxSize"/>.
    /// </summary>
    public static IResult Page(HttpRequest request, string rel, IReadOnlyList<JsonNode> all, int maxSize)
    {
        var page = 0;
        var size = 20;
        if ((request.Query.ContainsKey("page") && (!int.TryParse(request.Query["page"], CultureInfo.InvariantCulture, out page) || page < 0))
            || (request.Query.ContainsKey("size") && (!int.TryParse(request.Query["size"], CultureInfo.InvariantCulture, out size) || size < 1 || size > maxSize)))
        {
            return Error(request, StatusCodes.Status400BadRequest, "INVALID_PAGING", $"page must be >= 0 and size between 1 and {maxSize}.");
        }

        var items = all.Skip(page * size).Take(size).Select(n => n.DeepClone()).ToArray();
        var totalPages = (all.Count + size - 1) / size;
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = PageHref(request, page, size) } };
        if (page + 1 < totalPages)
        {
            links["next"] = new JsonObject { ["href"] = PageHref(request, page + 1, size) };
        }

        return Json(new JsonObject
        {
            ["_embedded"] = new JsonObject { [rel] = new JsonArray(items) },
            ["_links"] = links,
            ["page"] = new JsonObject { ["size"] = size, ["totalElements"] = all.Count, ["totalPages"] = totalPages, ["number"] = page },
        });
    }

    private static string PageHref(HttpRequest request, int page, int size)
    {
        var query = new StringBuilder();
        foreach (var (key, values) in request.Query.Where(q => q.Key is not "page" and not "size"))
        {
            foreach (var value in values)
            {
                query.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty)).Append('&');
            }
        }

        query.Append(CultureInfo.InvariantCulture, $"page={page}&size={size}");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{query}";
    }

    private static string ReasonPhrase(int status) => status switch
    {
        400 => "Bad Request",
        404 => "Not Found",
        409 => "Conflict",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        _ => "Error",
    };

    private sealed class JsonNodeResult(JsonNode node, int status, string? etag) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json";
            if (etag is not null)
            {
                httpContext.Response.Headers.ETag = etag;
            }

            await httpContext.Response.WriteAsync(node.ToJsonString(), httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
