using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.Hosting;

/// <summary>The kind of fault an emulator injects.</summary>
public enum FaultKind
{
    /// <summary>Answer with a status code (and an optional body) instead of the real response.</summary>
    Status,

    /// <summary>Delay the request, then serve it normally.</summary>
    Latency,

    /// <summary>Abort the connection without a response.</summary>
    DropConnection,

    /// <summary>Never answer until the client gives up (the request is held until it is aborted).</summary>
    Hang,

    /// <summary>Serve the request, but rename a JSON field in the answer (a vendor that changed its contract).</summary>
    RenameField,

    /// <summary>
    /// Serve the request (the write is applied), then abort the connection before any byte of the response is sent:
    /// the client cannot tell whether the server acted.
    /// </summary>
    LoseResponse,

    /// <summary>
    /// Serve the request, send the status, headers and half the body, then stall until the client gives up.
    /// </summary>
    StallBody,
}

/// <summary>One fault to inject.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="StatusCode">The status for <see cref="FaultKind.Status"/>.</param>
/// <param name="Delay">The delay for <see cref="FaultKind.Latency"/>.</param>
/// <param name="Body">An optional JSON body for <see cref="FaultKind.Status"/>.</param>
/// <param name="Headers">Optional response headers for <see cref="FaultKind.Status"/>.</param>
/// <param name="From">The field renamed by <see cref="FaultKind.RenameField"/>.</param>
/// <param name="To">Its new name.</param>
public sealed record Fault(
    FaultKind Kind,
    int StatusCode = 500,
    TimeSpan Delay = default,
    string? Body = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    string? From = null,
    string? To = null)
{
    /// <summary>Serve the request normally but call the JSON field <paramref name="from"/> <paramref name="to"/> in the answer (every occurrence).</summary>
    public static Fault RenameField(string from, string to) => new(FaultKind.RenameField, From: from, To: to);

    /// <summary>The route is gone: 404 with an empty JSON error.</summary>
    public static Fault RouteRemoved() => Status(404, "{\"status\":404,\"title\":\"Not Found\"}");

    /// <summary>Answer with <paramref name="statusCode"/>.</summary>
    public static Fault Status(int statusCode, string? body = null, IReadOnlyDictionary<string, string>? headers = null)
        => new(FaultKind.Status, statusCode, default, body, headers);

    /// <summary>Delay the request by <paramref name="delay"/>.</summary>
    public static Fault Latency(TimeSpan delay) => new(FaultKind.Latency, Delay: delay);

    /// <summary>Abort the connection.</summary>
    public static Fault Drop() => new(FaultKind.DropConnection);

    /// <summary>Hold the request until the client aborts it.</summary>
    public static Fault Hang() => new(FaultKind.Hang);

    /// <summary>Apply the request, then drop the connection before the response is sent.</summary>
    public static Fault LoseResponse() => new(FaultKind.LoseResponse);

    /// <summary>Apply the request, send the headers and half the body, then stall.</summary>
    public static Fault StallBody() => new(FaultKind.StallBody);
}

/// <summary>
/// Applies faults to matching requests. Faults are consumed in order; a rule with a count of
/// <c>null</c> applies until <see cref="Clear"/> is called (a permanently failing system).
/// </summary>
public sealed class FaultInjector
{
    private readonly ConcurrentQueue<Rule> _rules = new();
    private readonly ConcurrentDictionary<FaultKind, long> _byKind = new();
    private long _injected;

    /// <summary>How many faults were injected so far.</summary>
    public long InjectedCount => Interlocked.Read(ref _injected);

    /// <summary>How many faults of each kind were injected so far (a status fault is counted under its kind).</summary>
    public IReadOnlyDictionary<FaultKind, long> InjectedByKind => new Dictionary<FaultKind, long>(_byKind);

    /// <summary>Adds a fault for the next <paramref name="count"/> requests whose path contains <paramref name="pathContains"/>.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="count">How many requests it applies to; <c>null</c> for all until cleared.</param>
    /// <param name="pathContains">Only requests whose path contains this text; <c>null</c> for all.</param>
    /// <param name="method">Only requests with this HTTP method; <c>null</c> for all.</param>
    public void Add(Fault fault, int? count = 1, string? pathContains = null, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _rules.Enqueue(new Rule(fault, count, pathContains, method, false));
    }

    /// <summary>Adds a fault for every request whose path ends with <paramref name="pathEndsWith"/> (one route, not its sub-routes), until cleared.</summary>
    /// <param name="fault">The fault, e.g. <see cref="Fault.RouteRemoved"/> or <see cref="Fault.RenameField"/>.</param>
    /// <param name="pathEndsWith">The end of the path, e.g. <c>/coupons</c>.</param>
    /// <param name="method">Only requests with this HTTP method; <c>null</c> for all.</param>
    public void AddForRoute(Fault fault, string pathEndsWith, string? method = "GET")
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathEndsWith);
        _rules.Enqueue(new Rule(fault, null, pathEndsWith, method, true));
    }

    /// <summary>
    /// Adds chaos: each matching request, with probability <paramref name="probability"/>, gets one of
    /// <paramref name="faults"/> picked at random; the rest are served normally. Applies until <see cref="Clear"/>.
    /// </summary>
    /// <param name="probability">The share of requests that get a fault, from 0 to 1.</param>
    /// <param name="faults">The faults to pick from (uniformly).</param>
    /// <param name="seed">Seeds the random choices (the order of concurrent requests still varies).</param>
    /// <param name="pathContains">Only requests whose path contains this text; <c>null</c> for all.</param>
    /// <param name="method">Only requests with this HTTP method; <c>null</c> for all.</param>
    public void AddRandom(double probability, IReadOnlyList<Fault> faults, int seed, string? pathContains = null, string? method = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1d);
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentOutOfRangeException.ThrowIfZero(faults.Count, nameof(faults));
        _rules.Enqueue(new Rule(faults[0], null, pathContains, method, false, new Chaos(probability, [.. faults], new Random(seed))));
    }

    /// <summary>Removes every pending fault: the system heals.</summary>
    public void Clear() => _rules.Clear();

    internal async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var fault = Take(context.Request);
        if (fault is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _injected);
        _byKind.AddOrUpdate(fault.Kind, 1, static (_, n) => n + 1);
        switch (fault.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                break;
            case FaultKind.RenameField:
                await RenameFieldAsync(context, next, fault).ConfigureAwait(false);
                break;
            case FaultKind.DropConnection:
                context.Abort();
                break;
            case FaultKind.Hang:
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up: that is the point of a hang.
                }

                break;
            case FaultKind.LoseResponse:
                await ServeIntoBufferAsync(context, next).ConfigureAwait(false);
                context.Abort();
                break;
            case FaultKind.StallBody:
                await StallBodyAsync(context, next).ConfigureAwait(false);
                break;
            default:
                context.Response.StatusCode = fault.StatusCode;
                foreach (var (key, value) in fault.Headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[key] = value;
                }

                if (fault.Body is not null)
                {
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync(fault.Body, context.RequestAborted).ConfigureAwait(false);
                }

                break;
        }
    }

    /// <summary>Runs the endpoint with the response body captured, so nothing reaches the client yet.</summary>
    private static async Task<byte[]> ServeIntoBufferAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer.ToArray();
    }

    private static async Task RenameFieldAsync(HttpContext context, RequestDelegate next, Fault fault)
    {
        var text = System.Text.Encoding.UTF8.GetString(await ServeIntoBufferAsync(context, next).ConfigureAwait(false))
            .Replace($"\"{fault.From}\":", $"\"{fault.To}\":", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task StallBodyAsync(HttpContext context, RequestDelegate next)
    {
        var body = await ServeIntoBufferAsync(context, next).ConfigureAwait(false);

        // Announce the whole body, send half of it, then hold the connection: the client waits for bytes that never come.
        context.Response.ContentLength = body.Length;
        try
        {
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client gave up reading: that is the point of a stalled body.
        }

        context.Abort();
    }

    private Fault? Take(HttpRequest request)
    {
        foreach (var rule in _rules)
        {
            if (rule.Matches(request) && rule.TryConsume(out var fault))
            {
                return fault;
            }
        }

        return null;
    }

    private sealed record Chaos(double Probability, Fault[] Faults, Random Random);

    private sealed class Rule(Fault fault, int? count, string? pathContains, string? method, bool endsWith, Chaos? chaos = null)
    {
        private int _remaining = count ?? int.MaxValue;

        public Fault Fault { get; } = fault;

        public bool Matches(HttpRequest request)
            => (pathContains is null || (endsWith
                    ? request.Path.Value?.EndsWith(pathContains, StringComparison.OrdinalIgnoreCase) == true
                    : request.Path.Value?.Contains(pathContains, StringComparison.OrdinalIgnoreCase) == true))
               && (method is null || string.Equals(method, request.Method, StringComparison.OrdinalIgnoreCase));

        public bool TryConsume(out Fault chosen)
        {
            chosen = Fault;
            if (chaos is not null)
            {
                lock (chaos)
                {
                    if (chaos.Random.NextDouble() >= chaos.Probability)
                    {
                        return false;
                    }

                    chosen = chaos.Faults[chaos.Random.Next(chaos.Faults.Length)];
                    return true;
                }
            }

            if (count is null)
            {
                return true;
            }

            return Interlocked.Decrement(ref _remaining) >= 0;
        }
    }
}
