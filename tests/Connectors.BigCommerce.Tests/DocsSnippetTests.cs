using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.BigCommerce.Tests;

/// <summary>The snippets of docs/bigcommerce.md, compiled and run against the emulator.</summary>
public sealed class DocsSnippetTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Quick_start_registers_two_stores_and_reads_orders()
    {
        fixture.Emulator.AddStore("eu1", "eu-token");
        fixture.Emulator.AddStore("us1", "us-token");
        var emulatorAddress = fixture.Emulator.BaseAddress;

        // <quick-start>
        var services = new ServiceCollection();
        services.AddBigCommerce("eu-store", o =>
        {
            o.StoreHash = "eu1";
            o.AccessToken = "eu-token";
            o.BaseAddress = emulatorAddress; // omit for https://api.bigcommerce.com/
        });
        services.AddBigCommerce("us-store", o =>
        {
            o.StoreHash = "us1";
            o.AccessToken = "us-token";
            o.BaseAddress = emulatorAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var stores = provider.GetRequiredService<IConnectorClientFactory<BigCommerceClient>>();
        var eu = stores.CreateClient("eu-store");

        var since = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await foreach (var order in eu.Orders.ListAsync(new OrderQuery { MinDateModified = since, Sort = "date_modified:asc" }))
        {
            Console.WriteLine($"{order.Id} {order.Status.Name} {order.TotalIncTax} {order.CurrencyCode}");
        }

        Order held = await eu.Orders.UpdateAsync(112, new UpdateOrderRequest
        {
            Status = OrderStatus.ManualVerificationRequired,
            StaffNotes = "Compliance review opened",
        });
        // </quick-start>

        Assert.Equal(OrderStatus.ManualVerificationRequired, held.Status);
        Assert.Equal("us1", stores.CreateClient("us-store").StoreHash);
    }

    [Fact]
    public async Task Fulfilment_refund_and_errors()
    {
        using var store = fixture.NewStore();
        var client = store.Client;
        const int orderId = 126;

        // <fulfilment>
        var line = (await client.Orders.ListProductsAsync(orderId).AsPages().FirstAsync()).Values[0];
        Shipment shipment = await client.Shipments.CreateAsync(orderId, new CreateShipmentRequest
        {
            OrderAddressId = line.OrderAddressId,
            Items = [new ShipmentItem { OrderProductId = line.Id, Quantity = line.Quantity }],
            ShippingProvider = "ups",
            TrackingNumber = "1Z12345E0205271688",
        });
        // </fulfilment>

        // <refund>
        RefundQuote quote = await client.Payments.CreateRefundQuoteAsync(orderId, new RefundQuoteRequest
        {
            Items = [RefundItem.Product(line.Id, quantity: 1)],
        });
        Refund refund = await client.Payments.CreateRefundAsync(orderId, new CreateRefundRequest
        {
            Items = [RefundItem.Product(line.Id, quantity: 1)],
            Payments = [.. quote.RefundMethods[0]],
        });
        // </refund>

        // <errors>
        try
        {
            await client.Orders.GetAsync(424242);
        }
        catch (ConnectorNotFoundException ex)
        {
            Console.WriteLine($"{ex.Status} {ex.VendorMessage} (request {ex.RequestId})");
        }
        catch (ConnectorValidationException ex)
        {
            foreach (var field in ex.FieldErrors)
            {
                Console.WriteLine($"{field.Field}: {field.Message}");
            }
        }
        // </errors>

        Assert.Equal("1Z12345E0205271688", shipment.TrackingNumber);
        Assert.Equal(quote.TotalRefundAmount, refund.TotalAmount);
    }

    [Fact]
    public async Task Webhook_receiver_snippet()
    {
        using var store = fixture.NewStore();
        var client = store.Client;
        var body = System.Text.Encoding.UTF8.GetBytes("""{"scope":"store/order/statusUpdated","store_id":"1","data":{"type":"order","id":107,"status":{"previous_status_id":7,"new_status_id":11}},"hash":"h","created_at":1700000000,"producer":"stores/x"}""");
        var headers = new Dictionary<string, string> { ["X-Connectors-Webhook-Secret"] = "a-long-shared-secret-value" };

        // <webhooks>
        var receiver = new BigCommerceWebhookReceiver(secret: "a-long-shared-secret-value");
        await client.Webhooks.CreateAsync(new WebhookRequest
        {
            Scope = "store/order/statusUpdated",
            Destination = "https://hooks.example.com/bigcommerce",
            IsActive = true,
            Headers = receiver.HookHeaders.ToDictionary(), // the shared secret travels in a custom header
        });

        // In the HTTP endpoint: raw body bytes + a header lookup. Throws ConnectorAuthenticationException on a bad secret.
        BigCommerceWebhookEvent delivery = receiver.Receive(name => headers.GetValueOrDefault(name), body);
        Order order = await client.Orders.GetAsync(delivery); // deliveries carry ids only
        // </webhooks>

        Assert.Equal(107, order.Id);
        Assert.Equal(OrderStatus.AwaitingFulfillment, delivery.Data?.Status?.New);
    }
}
