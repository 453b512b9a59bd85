using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.WorkflowService;

/// <summary>HTTP plumbing shared by the endpoints: auth, body reading, errors, paging.</summary>
public sealed partial class WorkflowServiceEmulator
{
    private const int MaxBodyBytes = 1024 * 1024;
    private const int DefaultCount = 10;
    private const int MaxCount = 500;

    private void Map(WebApplication app)
    {
        var api = app.MapGroup("/" + ApiPrefix.TrimEnd('/'))
            .AddEndpointFilter(async (context, next) => _identity.Authorize(context.HttpContext.Request, TenantId) ?? await next(context).ConfigureAwait(false));
        MapDefinitions(api);
        MapInstances(api);
        MapTasks(api);
        MapHistory(api);
        MapEvents(api);
    }

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (WorkflowApiException ex)
        {
            return Error(ex.Status, ex.Message);
        }
    }

    private static Task<IResult> Run(Func<IResult> action) => Run(() => Task.FromResult(action()));

    private static IResult Json(JsonNode node, int status = 200)
        => Results.Text(node.ToJsonString(), "application/json", Encoding.UTF8, status);

    private static IResult Error(int status, string detail)
        => Json(new JsonObject { ["message"] = ReasonPhrases(status), ["exception"] = detail }, status);

    private static string ReasonPhrases(int status) => status switch
    {
        400 => "Bad request",
        404 => "Not found",
        409 => "Conflict",
        413 => "Payload too large",
        _ => "Error",
    };

    private static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
        => await ReadNodeAsync(request).ConfigureAwait(false) as JsonObject
            ?? throw WorkflowApiException.BadRequest("The request body must be a JSON object.");

    private static async Task<JsonArray> ReadArrayAsync(HttpRequest request)
        => await ReadNodeAsync(request).ConfigureAwait(false) as JsonArray
            ?? throw WorkflowApiException.BadRequest("The request body must be a JSON array of variables.");

    private static async Task<JsonNode?> ReadNodeAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new WorkflowApiException(413, $"The request body is larger than {MaxBodyBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                throw new WorkflowApiException(413, $"The request body is larger than {MaxBodyBytes} bytes.");
            }
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray());
        }
        catch (JsonException ex)
        {
            throw WorkflowApiException.BadRequest($"The request body is not valid JSON: {ex.Message}");
        }
    }

    private static string? Text(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => throw WorkflowApiException.BadRequest($"'{name}' must be a string."),
    };

    private static List<StoredVariable> Variables(JsonNode? node)
        => StoredVariable.TryParseAll(node, out var error) ?? throw WorkflowApiException.BadRequest(error!);

    private static string? Query(HttpRequest request, string name)
        => request.Query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value.ToString()) ? value.ToString() : null;

    private static bool? QueryBool(HttpRequest request, string name) => Query(request, name) switch
    {
        null => null,
        var text when bool.TryParse(text, out var b) => b,
        var text => throw WorkflowApiException.BadRequest($"Query parameter '{name}' must be true or false, not '{text}'."),
    };

    private static int QueryInt(HttpRequest request, string name, int fallback, int min, int max)
    {
        var text = Query(request, name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw WorkflowApiException.BadRequest($"Query parameter '{name}' must be an integer between {min} and {max}.");
    }

    /// <summary>
    /// A HAL list as OpenText publishes it: <c>{"_embedded": {"{key}": [...]}, "_links": {...}, "page": {"size",
    /// "totalElements", "totalPages", "number"}}</c>, paged by <c>offset</c> (items; published) and <c>size</c> (assumed),
    /// sorted by <c>sort</c>/<c>order</c>. An empty page carries no <c>_embedded</c>, as OpenText's demo expects.
    /// </summary>
    private static JsonObject Page<T>(
        HttpRequest request,
        string embeddedKey,
        IEnumerable<T> items,
        IReadOnlyDictionary<string, Func<T, IComparable?>> sorts,
        string defaultSort,
        Func<T, JsonNode> render)
    {
        var offset = QueryInt(request, "offset", 0, 0, int.MaxValue);
        var size = QueryInt(request, "size", DefaultCount, 1, MaxCount);
        var sort = Query(request, "sort") ?? defaultSort;
        var order = Query(request, "order") ?? "asc";
        if (!sorts.TryGetValue(sort, out var key))
        {
            throw WorkflowApiException.BadRequest($"Cannot sort by '{sort}'; use one of {string.Join(", ", sorts.Keys)}.");
        }

        if (order is not ("asc" or "desc"))
        {
            throw WorkflowApiException.BadRequest("order must be asc or desc.");
        }

        var indexed = items.Select((item, index) => (item, index)).ToList();
        var sorted = order == "asc"
            ? indexed.OrderBy(x => key(x.item), Comparer<IComparable?>.Default).ThenBy(x => x.index)
            : indexed.OrderByDescending(x => key(x.item), Comparer<IComparable?>.Default).ThenBy(x => x.index);
        var page = sorted.Skip(offset).Take(size).Select(x => (JsonNode?)render(x.item)).ToArray();
        var self = request.Path + request.QueryString;
        var links = new JsonObject { ["self"] = new JsonObject { ["href"] = self.ToString() } };
        if (offset + page.Length < indexed.Count)
        {
            var next = QueryString.Create(request.Query.Where(q => q.Key != "offset").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))))
                .Add("offset", (offset + page.Length).ToString(CultureInfo.InvariantCulture));
            links["next"] = new JsonObject { ["href"] = (request.Path + next).ToString() };
        }

        var result = new JsonObject();
        if (page.Length > 0)
        {
            result["_embedded"] = new JsonObject { [embeddedKey] = new JsonArray(page) };
        }

        result["_links"] = links;
        result["page"] = new JsonObject
        {
            ["size"] = size,
            ["totalElements"] = indexed.Count,
            ["totalPages"] = (indexed.Count + size - 1) / size,
            ["number"] = offset / size,
        };
        return result;
    }

    private async Task<IResult> WithCallbacksAsync(List<WorkflowEvent> events, IResult result)
    {
        await _callbacks.DispatchAsync(Engine.Subscriptions, events).ConfigureAwait(false);
        return result;
    }
}
