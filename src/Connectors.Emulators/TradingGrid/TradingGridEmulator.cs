using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

/// <summary>
/// Emulates OpenText Trading Grid for one company: the Community Management partner directory,
/// Active Community spaces, threads, posts and documents, onboarding submissions, the Lens
/// transaction search (GraphQL) and change events (signed callbacks plus a checkpointed poll).
/// Every request must carry a bearer token issued by the <see cref="OpenTextIdentityEmulator"/>'s Trading Grid flow
/// (<c>v1/oauth2/tokens</c>); tenant tokens are refused.
/// The contract is docs/api/trading-grid.md.
/// </summary>
public sealed partial class TradingGridEmulator : IAsyncDisposable
{
    private const string Prefix = "/TGCommunityServices/v1/companies/{companyId}";
    private static readonly string[] Visibilities = ["Partner", "Internal"];
    private static readonly Dictionary<string, string[]> OnboardingTransitions = new(StringComparer.Ordinal)
    {
        ["Submitted"] = ["InReview", "Rejected"],
        ["InReview"] = ["Approved", "Rejected", "Submitted"],
        ["Approved"] = ["Completed"],
        ["Rejected"] = [],
        ["Completed"] = [],
    };

    private readonly OpenTextIdentityEmulator _identity;
    private readonly EventDispatcher _dispatcher = new();
    private EmulatorHost? _host;

    private TradingGridEmulator(OpenTextIdentityEmulator identity, string companyId, TimeProvider time)
    {
        _identity = identity;
        State = new TradingGridState(companyId, "Demo Retailer", time);
        State.EventAppended += _dispatcher.Enqueue;
    }

    /// <summary>The root address, e.g. <c>http://127.0.0.1:5123/</c> (stands for <c>https://apigrid.opentext.com/</c>).</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The emulator is not started.");

    /// <summary>Faults to inject into the next matching requests.</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The emulator is not started.");

    /// <summary>The company's data; seed, inspect and play the partner's side through it.</summary>
    public TradingGridState State { get; }

    /// <summary>Registered callbacks.</summary>
    public IReadOnlyCollection<TgWebhook> Webhooks => _dispatcher.Webhooks;

    /// <summary>Every callback delivery attempt so far.</summary>
    public IReadOnlyCollection<TgDelivery> Deliveries => _dispatcher.Deliveries;

    /// <summary>The largest <c>count</c> a list accepts (Community default 100, Lens 1000).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The largest document upload accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Starts an emulator on loopback.</summary>
    /// <param name="identity">The identity emulator that issues the Trading Grid tokens.</param>
    /// <param name="companyId">The company (BUID) in every Community path.</param>
    /// <param name="seed">Whether to load <see cref="TradingGridSeed"/>.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="port">The port to bind; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<TradingGridEmulator> StartAsync(
        OpenTextIdentityEmulator identity,
        string companyId = TradingGridSeed.CompanyId,
        bool seed = true,
        TimeProvider? time = null,
        int port = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var emulator = new TradingGridEmulator(identity, companyId, time ?? TimeProvider.System);
        if (seed)
        {
            TradingGridSeed.Apply(emulator.State);
        }

        emulator._host = await EmulatorHost.StartAsync("TradingGrid", emulator.Map, port, cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Computes the signature header value the emulator sends for <paramref name="body"/>.</summary>
    /// <param name="secret">The webhook secret.</param>
    /// <param name="body">The raw body.</param>
    public static string Sign(string secret, ReadOnlySpan<byte> body) => EventDispatcher.Sign(secret, body);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dispatcher.DisposeAsync().ConfigureAwait(false);
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var requestId = context.Request.Headers["X-Request-Id"].ToString();
            context.Response.Headers["X-Request-Id"] = requestId.Length > 0 ? requestId : Guid.NewGuid().ToString("N");
            if (_identity.AuthorizeTradingGrid(context.Request) is { } denied)
            {
                await denied.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            var company = context.Request.RouteValues.TryGetValue("companyId", out var c) ? c as string : null;
            if (company is null && context.Request.Path.StartsWithSegments("/TGCommunityServices/v1/companies", out var rest))
            {
                company = rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            }

            if (company is not null && company != State.CompanyId)
            {
                await Error(404, "COMPANY_NOT_FOUND", $"Company '{company}' was not found.").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        var api = app.MapGroup(Prefix);
        api.MapGet("/", () => Results.Json(new { companyId = State.CompanyId, companyName = State.CompanyName }));
        MapPartners(api);
        MapUsers(app, api);
        MapCommunity(api);
        MapDocuments(api);
        MapOnboarding(api);
        MapEvents(api);
        app.MapPost("/visibility_transaction_search", SearchTransactions);
    }

    private static IResult GraphQlError(string message, string code)
        => Results.Json(new { data = (object?)null, errors = new[] { new { message, extensions = new { code } } } });

    private IResult Page<T>(HttpRequest r, string name, IEnumerable<T> items)
    {
        if (!TryCount(r, out var count))
        {
            return InvalidParameter("count");
        }

        var offsetText = r.Query["offset"].ToString();
        if (offsetText.Length == 0 && r.Query["count"].ToString().Length == 0)
        {
            count = int.MaxValue; // the published lists are asked for without paging parameters: answer them whole
        }

        var offset = 0;
        if (offsetText.Length > 0 && (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            return InvalidParameter("offset");
        }

        var all = items.ToList();
        var page = all.Skip(offset).Take(count).ToList();
        return Results.Json(new Dictionary<string, object>
        {
            ["count"] = page.Count,
            ["total"] = all.Count,
            ["offset"] = offset,
            [name] = page,
        }, EventDispatcher.Json);
    }

    private bool TryCount(HttpRequest r, out int count)
    {
        var text = r.Query["count"].ToString();
        count = 25;
        return text.Length == 0
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= MaxPageSize);
    }

    private static bool TryDate(HttpRequest r, string name, out DateTimeOffset? value)
    {
        value = null;
        var text = r.Query[name].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private async Task<(JsonNode? Json, IResult? Error)> ReadJsonAsync(HttpRequest r)
    {
        using var reader = new StreamReader(r.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(r.HttpContext.RequestAborted).ConfigureAwait(false);
        State.Record(r.Method, r.Path.Value ?? string.Empty, body);
        try
        {
            return JsonNode.Parse(body) is JsonObject json
                ? (json, null)
                : (null, Error(400, "INVALID_JSON", "The request body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, Error(400, "INVALID_JSON", "The request body is not valid JSON."));
        }
    }

    private static PostInput ReadPost(JsonNode json)
    {
        var body = json["body"]?.GetValue<string>();
        var visibility = json["visibility"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return new PostInput { Error = Validation(("body", "A post body is required.")) };
        }

        if (visibility is null || !Visibilities.Contains(visibility))
        {
            return new PostInput { Error = Validation(("visibility", "visibility must be 'Partner' or 'Internal'.")) };
        }

        var internalNode = json["internal"];
        if (visibility == "Partner" && internalNode is not null)
        {
            return new PostInput { Error = Error(400, "INTERNAL_DATA_NOT_ALLOWED", "A partner-visible post cannot carry internal data.") };
        }

        var internalData = internalNode is JsonObject o
            ? new TgInternalData(o["note"]?.GetValue<string>(), o["caseReference"]?.GetValue<string>(), Strings(o["tags"]))
            : null;
        return new PostInput
        {
            Body = body,
            Visibility = visibility,
            InReplyTo = json["inReplyTo"]?.GetValue<string>(),
            Internal = internalData,
            DocumentIds = Strings(json["documentIds"]),
        };
    }

    private static string[] Strings(JsonNode? node)
        => node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>().ToArray() : [];

    private static IResult SpaceNotFound(string id) => Error(404, "SPACE_NOT_FOUND", $"Space '{id}' was not found.");

    private static IResult ThreadNotFound(string id) => Error(404, "THREAD_NOT_FOUND", $"Thread '{id}' was not found.");

    private static IResult DocumentNotFound(string id) => Error(404, "DOCUMENT_NOT_FOUND", $"Document '{id}' was not found.");

    private static IResult OnboardingNotFound(string id) => Error(404, "ONBOARDING_REQUEST_NOT_FOUND", $"Onboarding request '{id}' was not found.");

    private static IResult InvalidParameter(string name) => Validation((name, $"'{name}' has an invalid value."));

    private static IResult Validation(params (string Field, string Message)[] errors)
        => Results.Json(new
        {
            code = "VALIDATION_FAILED",
            message = "The request is invalid.",
            errors = errors.Select(e => new { field = e.Field, message = e.Message }).ToArray(),
        }, statusCode: 400);

    private static IResult Error(int status, string code, string message)
        => Results.Json(new { code, message }, statusCode: status);

    private sealed class PostInput
    {
        public IResult? Error { get; init; }

        public string? Body { get; init; }

        public string? Visibility { get; init; }

        public string? InReplyTo { get; init; }

        public TgInternalData? Internal { get; init; }

        public IReadOnlyList<string> DocumentIds { get; init; } = [];
    }
}
