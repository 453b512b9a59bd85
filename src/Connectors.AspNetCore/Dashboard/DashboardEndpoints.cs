using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.AspNetCore.Dashboard;

/// <summary>
/// The dashboard's endpoints, plain <see cref="RequestDelegate"/>s (no reflection): the page, its two embedded
/// assets, the JSON it polls and searches, and the replay action (antiforgery token required).
/// </summary>
internal static class DashboardEndpoints
{
    public const int RunsOnOverview = 25;
    public const int MaxReplayIds = DeadLetterSearch.MaxLimit;

    // No request may leave for another origin: scripts, styles, fetches and images come from the dashboard itself.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(RouteGroupBuilder group, string path)
    {
        group.MapGet("/", context => PageAsync(context, path));
        group.MapGet("/assets/{name}", AssetAsync);
        group.MapGet("/api/overview", OverviewAsync);
        group.MapGet("/api/runs", RunsAsync);
        group.MapGet("/api/runs/{id}", RunAsync);
        group.MapGet("/api/dead-letters", SearchAsync);
        group.MapPost("/api/dead-letters/replay", ReplayAsync);
    }

    private static async Task PageAsync(HttpContext context, string path)
    {
        var services = context.RequestServices;
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var options = services.GetRequiredService<IOptions<ConnectorsDashboardOptions>>().Value;
        var basePath = context.Request.PathBase.Add(new PathString(path.TrimEnd('/'))).Value ?? "";
        Secure(context.Response);
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(DashboardPage.Render(options, basePath, tokens.HeaderName ?? "RequestVerificationToken", tokens.RequestToken ?? ""), context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task AssetAsync(HttpContext context)
    {
        var name = context.GetRouteValue("name") as string;
        var (resource, contentType) = name switch
        {
            "dashboard.js" => ("Connectors.AspNetCore.Dashboard.dashboard.js", "text/javascript; charset=utf-8"),
            "dashboard.css" => ("Connectors.AspNetCore.Dashboard.dashboard.css", "text/css; charset=utf-8"),
            _ => (null, null),
        };
        await using var stream = resource is null ? null : typeof(DashboardEndpoints).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentType = contentType;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task OverviewAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var recorder = services.GetRequiredService<DashboardRecorder>();
        var template = services.GetRequiredService<IOptions<ConnectorsDashboardOptions>>().Value.TraceLinkTemplate;
        var overview = new OverviewDto(
            services.GetService<TimeProvider>()?.GetUtcNow() ?? DateTimeOffset.UtcNow,
            await services.GetRequiredService<DashboardReads>().QueueDepthAsync(context.RequestAborted).ConfigureAwait(false),
            recorder.Recipes(),
            services.GetRequiredService<ClientTraffic>().Systems(),
            [.. recorder.RecentRuns(RunsOnOverview).Select(r => RunDto.From(r, template))]);
        await WriteJsonAsync(context, StatusCodes.Status200OK, overview, DashboardJsonContext.Default.OverviewDto).ConfigureAwait(false);
    }

    // GET api/runs?event=a&event=b: the kept runs of those events, newest first (to follow replays).
    private static async Task RunsAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var template = services.GetRequiredService<IOptions<ConnectorsDashboardOptions>>().Value.TraceLinkTemplate;
        var events = context.Request.Query["event"].Where(e => !string.IsNullOrEmpty(e)).Select(e => e!).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<RunDto> runs = [.. services.GetRequiredService<DashboardRecorder>().RunsOf(events).Select(r => RunDto.From(r, template))];
        await WriteJsonAsync(context, StatusCodes.Status200OK, runs, DashboardJsonContext.Default.IReadOnlyListRunDto).ConfigureAwait(false);
    }

    private static async Task RunAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var template = services.GetRequiredService<IOptions<ConnectorsDashboardOptions>>().Value.TraceLinkTemplate;
        var run = services.GetRequiredService<DashboardRecorder>().Find(context.GetRouteValue("id") as string ?? "");
        if (run is null)
        {
            await WriteProblemAsync(context, StatusCodes.Status404NotFound, "not_found", "No such run is kept (the dashboard keeps the most recent ones).").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, RunDto.From(run, template), DashboardJsonContext.Default.RunDto).ConfigureAwait(false);
    }

    private static async Task SearchAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!TryTime(query["from"], out var from) || !TryTime(query["to"], out var to))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "bad_time", "from and to must be ISO 8601 times, for example 2026-12-03T08:00:00Z.").ConfigureAwait(false);
            return;
        }

        var limit = int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, DeadLetterSearch.MaxLimit) : 100;
        var search = new DeadLetterSearch(Text(query["recipe"]), Text(query["step"]), Text(query["errorKind"]), from, to, Text(query["subject"]), limit + 1);
        var found = await context.RequestServices.GetRequiredService<DashboardReads>().SearchAsync(search, context.RequestAborted).ConfigureAwait(false);
        var items = found.Take(limit).Select(DeadLetterDto.From).ToList();
        await WriteJsonAsync(context, StatusCodes.Status200OK, new DeadLetterListDto(items.Count, found.Count > limit, items), DashboardJsonContext.Default.DeadLetterListDto).ConfigureAwait(false);
    }

    private static async Task ReplayAsync(HttpContext context)
    {
        var services = context.RequestServices;
        try
        {
            await services.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "antiforgery", "The request lacks a valid antiforgery token; reload the dashboard.").ConfigureAwait(false);
            return;
        }

        ReplayRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(context.Request.Body, DashboardJsonContext.Default.ReplayRequest, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request?.Ids is not { Count: > 0 and <= MaxReplayIds } ids || ids.Any(string.IsNullOrEmpty))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "bad_request", $"Send {{\"ids\":[...]}} with 1 to {MaxReplayIds} dead-letter ids.").ConfigureAwait(false);
            return;
        }

        var recorder = services.GetRequiredService<DashboardRecorder>();
        var replayed = await services.GetRequiredService<DashboardReads>()
            .ReplayAsync(ids, letter => recorder.MarkReplayed([(letter.Scenario, letter.Envelope.Id)]), context.RequestAborted)
            .ConfigureAwait(false);
        var result = new ReplayResultDto(replayed.Count, [.. replayed.Select(d => new ReplayedDto(d.Id, d.Scenario, d.Envelope.Id))]);
        await WriteJsonAsync(context, StatusCodes.Status200OK, result, DashboardJsonContext.Default.ReplayResultDto).ConfigureAwait(false);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryTime(string? value, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string error, string detail)
        => WriteJsonAsync(context, status, new ProblemDto(error, detail), DashboardJsonContext.Default.ProblemDto);

    private static async Task WriteJsonAsync<T>(HttpContext context, int status, T value, JsonTypeInfo<T> typeInfo)
    {
        Secure(context.Response);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted).ConfigureAwait(false);
    }
}
