using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Connectors.Emulators.BigCommerce.Routes;
using Connectors.Emulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.BigCommerce;

/// <summary>
/// A loopback BigCommerce: v2 and v3 endpoints under <c>/stores/{store_hash}/</c>, written from the public
/// API reference, with <c>X-Auth-Token</c> auth, per-store request quotas with the real <c>X-Rate-Limit-*</c>
/// headers and 429s, fault injection and outbound webhooks. Point a client's base address at
/// <see cref="BaseAddress"/> instead of <c>https://api.bigcommerce.com/</c>.
/// </summary>
public sealed class BigCommerceEmulator : IAsyncDisposable
{
    /// <summary>The store hash of the seeded default store.</summary>
    public const string DefaultStoreHash = "emu-store";

    /// <summary>The access token of the seeded default store.</summary>
    public const string DefaultAccessToken = "emu-token";

    /// <summary>The customer group id the seed data uses for accounts on hold.</summary>
    public const int OnHoldCustomerGroupId = Seed.OnHoldGroupId;

    private readonly ConcurrentDictionary<string, BigCommerceStoreState> _stores = new(StringComparer.Ordinal);
    private readonly BigCommerceEmulatorOptions _options;
    private readonly WebhookDispatcher _webhooks;
    private EmulatorHost? _host;
    private int _nextStoreId = 1025646;

    private BigCommerceEmulator(BigCommerceEmulatorOptions options)
    {
        _options = options;
        _webhooks = new WebhookDispatcher(options);
    }

    /// <summary>The root address, e.g. <c>http://127.0.0.1:51234/</c>; store paths hang below it.</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The BigCommerce emulator is not started.");

    /// <summary>Faults to inject into the next matching requests (5xx, latency, dropped connections, hangs).</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The BigCommerce emulator is not started.");

    /// <summary>The seeded default store.</summary>
    public BigCommerceStoreState DefaultStore => Store(DefaultStoreHash);

    /// <summary>Every webhook delivery attempt so far, in order.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => _webhooks.Deliveries;

    /// <summary>Starts an emulator with a seeded default store.</summary>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<BigCommerceEmulator> StartAsync(BigCommerceEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new BigCommerceEmulator(options ?? new BigCommerceEmulatorOptions());
        emulator.AddStore(DefaultStoreHash, DefaultAccessToken, emulator._options.Seed);
        emulator._host = await EmulatorHost.StartAsync("BigCommerce", emulator.Map, emulator._options.Port, cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Adds another store (many stores in one host).</summary>
    /// <param name="storeHash">The store hash.</param>
    /// <param name="accessToken">The token the store accepts.</param>
    /// <param name="seed">Whether to fill it with the seed data.</param>
    public BigCommerceStoreState AddStore(string storeHash, string accessToken, bool seed = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        var store = new BigCommerceStoreState(storeHash, accessToken, Interlocked.Increment(ref _nextStoreId), _options.TimeProvider, _options.RequestsPerWindow, _options.Window)
        {
            EventSink = _webhooks.Publish,
        };
        if (seed)
        {
            lock (store.Sync)
            {
                BigCommerce.Seed.Fill(store);
            }
        }

        if (!_stores.TryAdd(storeHash, store))
        {
            throw new InvalidOperationException($"The store '{storeHash}' already exists.");
        }

        return store;
    }

    /// <summary>The state of a store.</summary>
    /// <param name="storeHash">The store hash.</param>
    public BigCommerceStoreState Store(string storeHash)
        => _stores.TryGetValue(storeHash, out var store) ? store : throw new KeyNotFoundException($"The store '{storeHash}' does not exist.");

    /// <summary>Waits until a delivery matching <paramref name="match"/> was attempted.</summary>
    /// <param name="match">The delivery to wait for.</param>
    /// <param name="cancellationToken">Gives up waiting.</param>
    public async Task<WebhookDelivery> WaitForDeliveryAsync(Func<WebhookDelivery, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        while (true)
        {
            var found = Deliveries.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Map(WebApplication app)
    {
        app.Use(GatewayAsync);
        var v2 = app.MapGroup("/stores/{storeHash}/v2");
        var v3 = app.MapGroup("/stores/{storeHash}/v3");
        OrderRoutes.Map(v2);
        ShipmentRoutes.Map(v2);
        CustomerRoutes.MapV2(v2);
        PaymentRoutes.Map(v3);
        MetafieldRoutes.Map(v3);
        CatalogRoutes.Map(v3);
        InventoryRoutes.Map(v3);
        CustomerRoutes.MapV3(v3);
        HookRoutes.Map(v3);
    }

    /// <summary>The API gateway: finds the store, checks <c>X-Auth-Token</c>, applies the quota and its headers.</summary>
    private async Task GatewayAsync(HttpContext context, RequestDelegate next)
    {
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || segments[0] != "stores")
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var isV2 = segments[2] == "v2";
        if (!_stores.TryGetValue(segments[1], out var store))
        {
            await Error(isV2, StatusCodes.Status404NotFound, "Store not found.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var token = context.Request.Headers["X-Auth-Token"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(store.AccessToken)))
        {
            await Error(isV2, StatusCodes.Status401Unauthorized, "Unauthorized - the X-Auth-Token is missing or not valid for this store.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var allowed = store.TryConsume(out var left, out var resetMs);
        var headers = context.Response.Headers;
        headers["X-Rate-Limit-Requests-Left"] = left.ToString(CultureInfo.InvariantCulture);
        headers["X-Rate-Limit-Requests-Quota"] = store.RequestsPerWindow.ToString(CultureInfo.InvariantCulture);
        headers["X-Rate-Limit-Time-Window-Ms"] = ((long)store.Window.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        headers["X-Rate-Limit-Time-Reset-Ms"] = resetMs.ToString(CultureInfo.InvariantCulture);
        headers["X-Request-ID"] = Guid.NewGuid().ToString("N");
        if (!allowed)
        {
            if (store.TooManyRequestsHeaders != TooManyRequestsHeaders.All)
            {
                headers.Remove("X-Rate-Limit-Requests-Left");
                headers.Remove("X-Rate-Limit-Requests-Quota");
                headers.Remove("X-Rate-Limit-Time-Window-Ms");
            }

            if (store.TooManyRequestsHeaders == TooManyRequestsHeaders.RetryAfterOnly)
            {
                headers.Remove("X-Rate-Limit-Time-Reset-Ms");
                headers["X-Retry-After"] = ((resetMs + 999) / 1000).ToString(CultureInfo.InvariantCulture);
            }

            await Error(isV2, StatusCodes.Status429TooManyRequests, "Too many requests: the store's request quota for this window is spent.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Items[RouteContext.StoreKey] = store;
        await next(context).ConfigureAwait(false);
    }

    private static IResult Error(bool v2, int status, string message) => v2 ? Wire.V2Error(status, message) : Wire.V3Error(status, message);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _webhooks.DisposeAsync().ConfigureAwait(false);
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
