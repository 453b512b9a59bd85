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
            try
            {
                var webhookEvent = receiver.Receive(name => context.Request.Headers[name].FirstOrDefault(), buffer.ToArray());
                await received.Writer.WriteAsync(webhookEvent);
                return Results.Ok();
            }
            catch (ConnectorAuthenticationException)
            {
                Interlocked.Increment(ref refused);
                return Results.Unauthorized();
            }
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
        var parsed = new BigCommerceWebhookReceiver(Secret).Parse(Encoding.UTF8.GetBytes(success.Body));
        Assert.Equal(81, parsed.Data?.Inventory?.ProductId);
        Assert.Equal("absolute", parsed.Data?.Inventory?.Method);
    }

    [Fact]
    public void Receiver_refuses_a_wrong_or_missing_secret_and_bad_payloads()
    {
        var receiver = new BigCommerceWebhookReceiver(Secret);
        var body = Encoding.UTF8.GetBytes("""{"scope":"store/order/created","store_id":"1","data":{"type":"order","id":5},"hash":"x","created_at":1561482670,"producer":"stores/abc"}""");

        Assert.Throws<ConnectorAuthenticationException>(() => receiver.Receive(_ => null, body));
        Assert.Throws<ConnectorAuthenticationException>(() => receiver.Receive(_ => Secret + "x", body));
        var ok = receiver.Receive(name => name == BigCommerceWebhookReceiver.DefaultHeaderName ? Secret : null, body);
        Assert.Equal(5, ok.OrderId);
        Assert.Equal("abc", ok.StoreHash);
        Assert.Equal(new DateTimeOffset(2019, 6, 25, 17, 11, 10, TimeSpan.Zero), ok.CreatedAtTime);

        Assert.Throws<ConnectorSerializationException>(() => receiver.Parse("{not json"u8));
        Assert.Throws<ConnectorSerializationException>(() => receiver.Parse("""{"store_id":"1"}"""u8));
        Assert.Throws<ConnectorSerializationException>(() => new BigCommerceWebhookReceiver(Secret, maxPayloadBytes: 10).Parse(body));
        Assert.Throws<ArgumentException>(() => new BigCommerceWebhookReceiver("short"));
    }

    [Fact]
    public async Task A_non_order_event_cannot_fetch_an_order()
    {
        using var store = fixture.NewStore();
        var productEvent = new BigCommerceWebhookReceiver(Secret).Parse("""{"scope":"store/product/updated","store_id":"1","data":{"type":"product","id":77},"hash":"x","created_at":1,"producer":"stores/abc"}"""u8);
        await Assert.ThrowsAsync<ArgumentException>(() => store.Client.Orders.GetAsync(productEvent));
    }
}
