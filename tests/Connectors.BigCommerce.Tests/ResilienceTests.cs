using Connectors.Core;
using Connectors.Emulators.Hosting;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class ResilienceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Paging_walks_many_v2_pages_and_ends_on_the_204()
    {
        using var store = fixture.NewStore();
        store.State.AddBulkOrders(1_000);
        var pages = new List<int>();
        await foreach (var page in store.Client.Orders.ListAsync().AsPages(pageSizeHint: 100))
        {
            pages.Add(page.Values.Count);
        }

        Assert.Equal(1_030, pages.Sum());
        Assert.Equal(11, pages.Count(c => c > 0));
        var ids = await ToList(store.Client.Orders.ListAsync());
        Assert.Equal(ids.Select(o => o.Id).Distinct().Count(), ids.Count);
    }

    [Fact]
    public async Task Paging_walks_v3_pages_by_meta_pagination_and_reports_the_total()
    {
        using var store = fixture.NewStore();
        var pages = new List<Page<Customer>>();
        await foreach (var page in store.Client.Customers.ListAsync().AsPages(pageSizeHint: 3))
        {
            pages.Add(page);
        }

        Assert.Equal([3, 3, 3, 1], pages.Select(p => p.Values.Count));
        Assert.All(pages, p => Assert.Equal(10, p.TotalCount));
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task A_429_waits_for_the_reset_then_succeeds()
    {
        using var store = fixture.NewStore(o => o.Resilience.PacingEnabled = false);
        store.State.RequestsPerWindow = 2;
        store.State.Window = TimeSpan.FromMilliseconds(400);
        for (var i = 0; i < 6; i++)
        {
            Order order = await store.Client.Orders.GetAsync(100);
            Assert.Equal(100, order.Id);
        }

        Assert.True(store.State.ThrottledCount >= 1);
        Assert.Equal(6 + store.State.ThrottledCount, store.State.RequestCount);
    }

    [Fact]
    public async Task Pacing_keeps_a_burst_under_the_quota_without_429s()
    {
        using var store = fixture.NewStore();
        store.State.RequestsPerWindow = 5;
        store.State.Window = TimeSpan.FromMilliseconds(300);
        for (var i = 0; i < 12; i++)
        {
            await store.Client.Orders.GetAsync(101);
        }

        Assert.Equal(0, store.State.ThrottledCount);
        Assert.Equal(12, store.State.RequestCount);
    }

    [Fact]
    public async Task Pacing_off_and_no_retries_surfaces_a_typed_rate_limit_error()
    {
        using var store = fixture.NewStore(o =>
        {
            o.Resilience.PacingEnabled = false;
            o.Resilience.MaxRetryAttempts = 0;
        });
        store.State.RequestsPerWindow = 1;
        store.State.Window = TimeSpan.FromMinutes(5);
        await store.Client.Orders.GetAsync(100);
        var error = await Assert.ThrowsAsync<ConnectorRateLimitedException>(() => store.Client.Orders.GetAsync(100));
        Assert.Equal(429, error.Status);
        Assert.True(error.IsTransient);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_5xx_on_a_read_is_retried()
    {
        using var store = fixture.NewStore();
        fixture.Emulator.Faults.Add(Fault.Status(503, """{"status":503,"title":"Service Unavailable","type":"/api-docs/getting-started/api-status-codes"}"""), count: 2, pathContains: store.State.StoreHash + "/v3/catalog");
        Product product = await store.Client.Catalog.GetProductAsync(77);
        Assert.Equal(77, product.Id);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        using var store = fixture.NewStore();
        fixture.Emulator.Faults.Add(Fault.Drop(), count: 1, pathContains: store.State.StoreHash + "/v2/orders/105");
        Order order = await store.Client.Orders.GetAsync(105);
        Assert.Equal(105, order.Id);
    }

    [Fact]
    public async Task A_failed_create_is_not_retried()
    {
        using var store = fixture.NewStore();
        var before = store.State.OrderCountIncludingArchived;
        var requestsBefore = store.State.RequestCount;
        fixture.Emulator.Faults.Add(Fault.Status(502), count: 1, pathContains: store.State.StoreHash + "/v2/orders", method: "POST");
        var error = await Assert.ThrowsAsync<ConnectorException>(() => store.Client.Orders.CreateAsync(new CreateOrderRequest
        {
            BillingAddress = new OrderAddress { FirstName = "A", Email = "a@example.com" },
            Products = [new CreateOrderProduct { ProductId = 77 }],
        }));
        Assert.Equal(502, error.Status);
        Assert.True(error.IsTransient);
        Assert.Equal(before, store.State.OrderCountIncludingArchived);

        // The fault answered before the store saw the request; a second one would have reached it.
        Assert.Equal(requestsBefore, store.State.RequestCount);
    }

    [Fact]
    public async Task A_create_that_times_out_is_not_resent()
    {
        using var store = fixture.NewStore(o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(10);
        });
        fixture.Emulator.Faults.Add(Fault.Hang(), count: 1, pathContains: store.State.StoreHash + "/v2/orders/111/shipments", method: "POST");
        var line = Assert.Single(await ToList(store.Client.Orders.ListProductsAsync(111)));
        await Assert.ThrowsAsync<ConnectorTimeoutException>(() => store.Client.Shipments.CreateAsync(111, new CreateShipmentRequest
        {
            OrderAddressId = line.OrderAddressId,
            Items = [new ShipmentItem { OrderProductId = line.Id, Quantity = 1 }],
        }));
        Assert.Empty(await ToList(store.Client.Shipments.ListAsync(111)));
    }

    [Fact]
    public async Task A_hang_on_a_read_times_out_then_retries()
    {
        using var store = fixture.NewStore(o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        fixture.Emulator.Faults.Add(Fault.Hang(), count: 1, pathContains: store.State.StoreHash + "/v2/orders/104");
        Order order = await store.Client.Orders.GetAsync(104);
        Assert.Equal(104, order.Id);
    }

    [Fact]
    public async Task A_permanently_failing_store_gives_a_typed_transient_error()
    {
        using var store = fixture.NewStore(o => o.Resilience.MaxRetryAttempts = 1);
        fixture.Emulator.Faults.Add(Fault.Status(500), count: null, pathContains: store.State.StoreHash + "/v2/order_statuses");
        try
        {
            var error = await Assert.ThrowsAsync<ConnectorException>(() => store.Client.Orders.ListStatusesAsync());
            Assert.Equal(500, error.Status);
            Assert.True(error.IsTransient);
        }
        finally
        {
            fixture.Emulator.Faults.Clear();
        }
    }

    [Fact]
    public async Task Malformed_json_is_a_typed_serialization_error()
    {
        using var store = fixture.NewStore(o => o.Resilience.MaxRetryAttempts = 0);
        fixture.Emulator.Faults.Add(Fault.Status(200, "{\"id\": 5, \"status_id\": "), count: 1, pathContains: store.State.StoreHash + "/v2/orders/103");
        await Assert.ThrowsAsync<ConnectorSerializationException>(() => store.Client.Orders.GetAsync(103));
    }

    [Fact]
    public async Task Wrong_token_is_a_typed_authentication_error()
    {
        using var store = fixture.NewStore(o => o.AccessToken = "wrong");
        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => store.Client.Orders.GetAsync(100));
        Assert.Equal(401, error.Status);
        var v3 = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => store.Client.Catalog.GetProductAsync(77));
        Assert.Contains("X-Auth-Token", v3.VendorMessage, StringComparison.Ordinal);
    }
}
