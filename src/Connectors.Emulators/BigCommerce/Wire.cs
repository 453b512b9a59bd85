using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.BigCommerce;

/// <summary>The wire formats of the BigCommerce API: RFC 2822 dates, money as strings, v2/v3 error bodies, paging.</summary>
internal static partial class Wire
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 250;

    public static string Rfc2822(DateTimeOffset value)
        => value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public static string Money(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>Parses a filter date given as RFC 2822 (<c>Tue, 20 Nov 2012 00:00:00 +0000</c>) or ISO 8601.</summary>
    public static bool TryParseDate(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Rfc2822Offset().Match(text.Trim());
        if (match.Success)
        {
            var normalised = match.Groups["head"].Value + " " + match.Groups["sign"].Value + match.Groups["hh"].Value + ":" + match.Groups["mm"].Value;
            if (DateTimeOffset.TryParseExact(normalised, ["ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            {
                return true;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    [GeneratedRegex(@"^(?<head>.+?)\s+(?<sign>[+-])(?<hh>\d{2}):?(?<mm>\d{2})$")]
    private static partial Regex Rfc2822Offset();

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode? node, int status = StatusCodes.Status200OK)
        => Results.Content(node?.ToJsonString(Relaxed) ?? "null", "application/json", Encoding.UTF8, status);

    public static IResult NoContent() => Results.StatusCode(StatusCodes.Status204NoContent);

    /// <summary>A v2 error body: <c>[{"status":400,"message":"..."}]</c>.</summary>
    public static IResult V2Error(int status, string message)
        => Json(new JsonArray(new JsonObject { ["status"] = status, ["message"] = message }), status);

    public static IResult V2NotFound() => V2Error(StatusCodes.Status404NotFound, "The requested resource was not found.");

    /// <summary>A v3 error body: <c>{"status":422,"title":"...","type":"...","errors":{...}}</c>.</summary>
    public static IResult V3Error(int status, string title, IReadOnlyDictionary<string, string>? errors = null)
    {
        var body = new JsonObject
        {
            ["status"] = status,
            ["title"] = title,
            ["type"] = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
        };
        var errorObject = new JsonObject();
        foreach (var (field, message) in errors ?? new Dictionary<string, string>())
        {
            errorObject[field] = message;
        }

        body["errors"] = errorObject;
        return Json(body, status);
    }

    public static IResult V3NotFound(string what) => V3Error(StatusCodes.Status404NotFound, what + " not found.");

    public static (int Page, int Limit) Paging(HttpRequest request)
    {
        var page = int.TryParse(request.Query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var limit = int.TryParse(request.Query["limit"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) && l > 0 ? Math.Min(l, MaxLimit) : DefaultLimit;
        return (page, limit);
    }

    /// <summary>A v2 list page: a JSON array, or 204 No Content when the page is past the end.</summary>
    public static IResult V2Page<T>(HttpRequest request, IReadOnlyList<T> all, Func<T, JsonNode> write)
    {
        var (page, limit) = Paging(request);
        var slice = all.Skip((page - 1) * limit).Take(limit).ToList();
        if (slice.Count == 0)
        {
            return NoContent();
        }

        var array = new JsonArray();
        foreach (var item in slice)
        {
            array.Add(write(item));
        }

        return Json(array);
    }

    /// <summary>A v3 list page: <c>{data, meta:{pagination}}</c>.</summary>
    public static IResult V3Page<T>(HttpRequest request, IReadOnlyList<T> all, Func<T, JsonNode> write)
    {
        var (page, limit) = Paging(request);
        var slice = all.Skip((page - 1) * limit).Take(limit).ToList();
        var data = new JsonArray();
        foreach (var item in slice)
        {
            data.Add(write(item));
        }

        var totalPages = all.Count == 0 ? 0 : (all.Count + limit - 1) / limit;
        var links = new JsonObject { ["current"] = $"?page={page}&limit={limit}" };
        if (page > 1)
        {
            links["previous"] = $"?page={page - 1}&limit={limit}";
        }

        if (page < totalPages)
        {
            links["next"] = $"?page={page + 1}&limit={limit}";
        }

        var meta = new JsonObject
        {
            ["pagination"] = new JsonObject
            {
                ["total"] = all.Count,
                ["count"] = slice.Count,
                ["per_page"] = limit,
                ["current_page"] = page,
                ["total_pages"] = totalPages,
                ["links"] = links,
            },
        };
        return Json(new JsonObject { ["data"] = data, ["meta"] = meta });
    }

    /// <summary>A v3 list the spec documents without paging (transactions, an order's refunds): <c>{data, meta:{}}</c>.</summary>
    public static IResult V3All<T>(IEnumerable<T> all, Func<T, JsonNode> write)
        => Json(new JsonObject { ["data"] = new JsonArray([.. all.Select(write)]), ["meta"] = new JsonObject() });

    public static IResult V3Single(JsonNode data) => Json(new JsonObject { ["data"] = data, ["meta"] = new JsonObject() });

    /// <summary>Reads a JSON body; null when it is missing or malformed.</summary>
    public static async Task<JsonNode?> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<int> IntList(string? csv)
        => string.IsNullOrWhiteSpace(csv)
            ? []
            : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : int.MinValue)
                .ToList();

    public static IReadOnlyList<string> StringList(string? csv)
        => string.IsNullOrWhiteSpace(csv) ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static int? Int(HttpRequest request, string name)
        => int.TryParse(request.Query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static decimal? Decimal(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<decimal>(out var d))
        {
            return d;
        }

        return value.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out d) ? d : null;
    }

    public static int? IntOf(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        if (value.TryGetValue<decimal>(out var d) && d == Math.Floor(d))
        {
            return (int)d;
        }

        return value.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out i) ? i : null;
    }

    public static string? StringOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    public static bool? BoolOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var b) ? b : null;
}
