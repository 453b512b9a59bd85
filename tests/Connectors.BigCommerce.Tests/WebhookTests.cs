using Connectors.Core.Webhooks;
using System.Text;
using System.Threading.Channels;
using Connectors.Core;
using Connectors.Emulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class WebhookTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Secret = "s3cret-shared-with-bigcommerce";

    [Fact]
    public async Task Hooks_create_list_get_update_delete()
    {
        using var store = fixture.NewStore();
        Webhook created = await store.Client.Webhooks.CreateAsync(new WebhookRequest
        {
            Scope = "store/order/*",
            Destination = "https://example.com/hooks",
            IsActive = true,
            Headers = new Dictionary<string, string> { ["X-Secret"] = "abc" },
        });
        Assert.Equal("store/order/*", created.Scope);
        Assert.Equal("abc", created.Headers?["X-Secret"]);
        Assert.True(created.CreatedAt > 0);

        Assert.Equal(created.Id, Assert.Single(await ToList(store.Client.Webhooks.ListAsync())).Id);
        Webhook updated = await store.Client.Webhooks.UpdateAsync(created.Id, new WebhookRequest { IsActive = false });
        Assert.False(updated.IsActive);
        Webhook fetched = await store.Client.Webhooks.GetAsync(created.Id);
        Assert.False(fetched.IsActive);

        Webhook deleted = await store.Client.Webhooks.DeleteAsync(created.Id);
        Assert.Equal(created.Id, deleted.Id);
        var missing = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => store.Client.Webhooks.GetAsync(created.Id));
        Assert.Equal($"Webhook with id [{created.Id}] not found", missing.VendorMessage);
    }

    [Fact]
    public async Task Create_without_destination_is_a_validation_error()
    {
        using var store = fixture.NewStore();
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.Webhooks.CreateAsync(new WebhookRequest { Scope = "store/order/created" }));
        Assert.Equal("destination", Assert.Single(error.FieldErrors).Field);
    }

    [Fact]
    public async Task Round_trip_hook_registered_order_changed_delivery_authenticated_order_fetched()
    {
        using var store = fixture.NewStore();
        var receiver = new BigCommerceWebhookReceiver(Secret);
        var received = Channel.CreateUnbounded<BigCommerceWebhookEvent>();
        var refused = 0;
        await using var endpoint = await EmulatorHost.StartAsync("receiver", app => app.MapPost("/bigcommerce", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var receipt = receiver.Receive(new WebhookDelivery(buffer.ToArray(), name => context.Request.Headers[name].FirstOrDefault()));
            if (receipt.Rejection?.Kind == WebhookRejectionKind.Unauthenticated)
            {
                Interlocked.Increment(ref refused);
                return Results.Unauthorized();
            }

            await received.Writer.WriteAsync(receipt.EnsureAccepted());
            return Results.Ok();
        }));

        var destination = new Uri(endpoint.BaseAddress, "bigcommerce").ToString();
        await store.Client.Webhooks.CreateAsync(new WebhookRequest
        {
            Scope = "store/order/statusUpdated",
            Destination = destination,
            IsActive = true,
            Headers = receiver.HookHeaders.ToDictionary(),
        });
        await store.Client.Webhooks.CreateAsync(new WebhookRequest
        {
            Scope = "store/order/statusUpdated",
            Destination = destination,
            IsActive = true,
            Headers = new Dictionary<string, string> { [BigCommerceWebhookReceiver.DefaultHeaderName] = "not-the-secret-at-all" },
        });

        await store.Client.Orders.SetStatusAsync(107, OrderStatus.ManualVerificationRequired);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var webhookEvent = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal("store/order/statusUpdated", webhookEvent.Scope);
        Assert.Equal(store.State.StoreHash, webhookEvent.StoreHash);
        Assert.Equal(OrderStatus.AwaitingPayment, webhookEvent.Data?.Status?.Previous);
        Assert.Equal(OrderStatus.ManualVerificationRequired, webhookEvent.Data?.Status?.New);

        Order order = await store.Client.Orders.GetAsync(webhookEvent, timeout.Token);
        Assert.Equal(107, order.Id);
        Assert.Equal(OrderStatus.ManualVerificationRequired, order.Status);

        await fixture.Emulator.WaitForDeliveryAsync(d => !d.Succeeded && d.StatusCode == 401, timeout.Token);
        Assert.True(Volatile.Read(ref refused) >= 1);
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_until_the_destination_answers()
    {
        using var store = fixture.NewStore();
        var attempts = 0;
        await using var endpoint = await EmulatorHost.StartAsync("flaky", app => app.MapPost("/hook", () =>
            Interlocked.Increment(ref attempts) < 3 ? Results.StatusCode(503) : Results.Ok()));
        await store.Client.Webhooks.CreateAsync(new WebhookRequest
        {
            Scope = "store/product/inventory/updated",
            Destination = new Uri(endpoint.BaseAddress, "hook").ToString(),
            IsActive = true,
        });

        await store.Client.Inventory.SetAbsoluteAsync(new InventoryAdjustment { Items = [InventoryAdjustmentItem.ForProduct(81, 7)] });

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var success = await fixture.Emulator.WaitForDeliveryAsync(d => d.Succeeded && d.Destination.Port == endpoint.BaseAddress.Port, timeout.Token);
        Assert.Equal(3, success.Attempt);
        var parsed = new BigCommerceWebhookReceiver(Secret).Read(Encoding.UTF8.GetBytes(success.Body));
        Assert.Equal(81, parsed.Data?.Inventory?.ProductId);
        Assert.Equal("absolute", parsed.Data?.Inventory?.Method);
    }

    [Fact]
    public void Receiver_refuses_a_wrong_or_missing_secret_and_bad_payloads()
    {
        var receiver = new BigCommerceWebhookReceiver(Secret);
        var body = Encoding.UTF8.GetBytes("""{"scope":"store/order/created","store_id":"1","data":{"type":"order","id":5},"hash":"x","created_at":1561482670,"producer":"stores/abc"}""");

        Assert.Equal(WebhookRejectionKind.Unauthenticated, receiver.Receive(Delivery(body, null)).Rejection?.Kind);
        Assert.Equal(WebhookRejectionKind.Unauthenticated, receiver.Receive(Delivery(body, Secret + "x")).Rejection?.Kind);
        Assert.Throws<ConnectorAuthenticationException>(() => receiver.Receive(Delivery(body, null)).EnsureAccepted());
        var receipt = receiver.Receive(Delivery(body, Secret));
        Assert.True(receipt.Accepted);
        var ok = receipt.Event!;
        Assert.Equal(5, ok.OrderId);
        Assert.Equal("abc", ok.StoreHash);
        Assert.Equal(new DateTimeOffset(2019, 6, 25, 17, 11, 10, TimeSpan.Zero), ok.CreatedAtTime);
        Assert.Equal("1:store/order/created:5:1561482670:x", receipt.Info.Id);
        Assert.Equal("store/order/created", receipt.Info.Type);
        Assert.Equal("abc:5", receipt.Info.Subject);
        Assert.Equal(ok.CreatedAtTime, receipt.Info.OccurredAt);

        Assert.Throws<ConnectorSerializationException>(() => receiver.Read("{not json"u8));
        Assert.Throws<ConnectorSerializationException>(() => receiver.Read("""{"store_id":"1"}"""u8));
        Assert.Equal(WebhookRejectionKind.Malformed, receiver.Receive(Delivery("{not json"u8.ToArray(), Secret)).Rejection?.Kind);
        Assert.Equal(WebhookRejectionKind.TooLarge, new BigCommerceWebhookReceiver(Secret, maxBodyBytes: 10).Receive(Delivery(body, Secret)).Rejection?.Kind);
        Assert.Throws<ArgumentException>(() => new BigCommerceWebhookReceiver("short"));
    }

    [Fact]
    public void A_delivery_without_the_fields_that_identify_it_is_keyed_by_its_body_never_merged_with_another()
    {
        var receiver = new BigCommerceWebhookReceiver(Secret);
        var first = Encoding.UTF8.GetBytes("""{"scope":"store/order/created","data":{"type":"order","id":5},"producer":"stores/abc"}""");
        var second = Encoding.UTF8.GetBytes("""{"scope":"store/order/created","data":{"type":"order","id":6},"producer":"stores/abc"}""");

        var a = receiver.Receive(Delivery(first, Secret));
        var b = receiver.Receive(Delivery(second, Secret));
        var again = receiver.Receive(Delivery(first, Secret));

        Assert.True(a.Accepted && b.Accepted && again.Accepted);
        Assert.NotEqual(a.Info!.Id, b.Info!.Id);
        Assert.Equal(a.Info.Id, again.Info!.Id);
        Assert.StartsWith("sha256:", a.Info.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_created_at_outside_the_range_of_a_time_is_refused_as_malformed()
    {
        var receiver = new BigCommerceWebhookReceiver(Secret);
        var body = Encoding.UTF8.GetBytes("""{"scope":"store/order/created","store_id":"1","data":{"type":"order","id":5},"hash":"x","created_at":99999999999999,"producer":"stores/abc"}""");

        var receipt = receiver.Receive(Delivery(body, Secret));

        Assert.Equal(WebhookRejectionKind.Malformed, receipt.Rejection?.Kind);
    }

    private static WebhookDelivery Delivery(byte[] body, string? secret)
        => WebhookDelivery.Create(body, secret is null ? [] : [new(BigCommerceWebhookReceiver.DefaultHeaderName, secret)]);

    [Fact]
    public async Task A_non_order_event_cannot_fetch_an_order()
    {
        using var store = fixture.NewStore();
        var productEvent = new BigCommerceWebhookReceiver(Secret).Read("""{"scope":"store/product/updated","store_id":"1","data":{"type":"product","id":77},"hash":"x","created_at":1,"producer":"stores/abc"}"""u8);
        await Assert.ThrowsAsync<ArgumentException>(() => store.Client.Orders.GetAsync(productEvent));
    }
}
