using Connectors.Core.Webhooks;
using WebhookDelivery = Connectors.Core.Webhooks.WebhookDelivery;
using System.Text;
using Connectors.BigCommerce;
using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Connectors.Emulators.BigCommerce;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Docs.Tests.Clients;

/// <summary>The snippets of docs/bigcommerce.md, run against the loopback store.</summary>
[Collection(ConsoleOutput.Collection)]
public sealed class BigCommerceDocsTests
{
    [Fact]
    public async Task Quick_start_lists_the_orders_of_one_store_and_holds_one()
    {
        await using var emulator = await BigCommerceEmulator.StartAsync();
        var euStore = emulator.AddStore("eu1", "eu-token");
        var usStore = emulator.AddStore("us1", "us-token");
        var emulatorAddress = emulator.BaseAddress;
        using var console = ConsoleOutput.Capture();

        // begin-snippet: bigcommerce-quick-start
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

        Order held = await eu.Orders.UpdateAsync(111, new UpdateOrderRequest
        {
            Status = OrderStatus.ManualVerificationRequired,
            StaffNotes = "Compliance review opened",
        });
        // end-snippet

        Assert.Equal(30, console.Lines.Count);
        Assert.StartsWith("100 ", console.Lines[0], StringComparison.Ordinal);
        Assert.Equal(OrderStatus.ManualVerificationRequired, held.Status);
        Assert.Equal(OrderStatus.ManualVerificationRequired.Id, euStore.OrderStatusOf(111));
        Assert.Equal("Compliance review opened", euStore.StaffNotesOf(111));
        Assert.Equal(OrderStatus.AwaitingFulfillment.Id, usStore.OrderStatusOf(111));
    }

    [Fact]
    public async Task Fulfilment_ships_the_first_line()
    {
        await using var emulator = await BigCommerceEmulator.StartAsync();
        await using var services = ClientFor(emulator);
        var client = services.GetRequiredService<BigCommerceClient>();
        const int orderId = 126;

        // begin-snippet: bigcommerce-ship-order
        var line = (await client.Orders.ListProductsAsync(orderId).AsPages().FirstAsync()).Values[0];
        Shipment shipment = await client.Shipments.CreateAsync(orderId, new CreateShipmentRequest
        {
            OrderAddressId = line.OrderAddressId,
            Items = [new ShipmentItem { OrderProductId = line.Id, Quantity = line.Quantity }],
            ShippingProvider = "ups",
            TrackingNumber = "1Z12345E0205271688",
        });
        // end-snippet

        var stored = Assert.Single(await client.Shipments.ListAsync(orderId).ToListAsync());
        Assert.Equal(shipment.Id, stored.Id);
        Assert.Equal("1Z12345E0205271688", stored.TrackingNumber);
        Assert.Equal(OrderStatus.Shipped.Id, emulator.DefaultStore.OrderStatusOf(orderId));
    }

    [Fact]
    public async Task Refund_pays_back_one_unit_by_the_quoted_method()
    {
        await using var emulator = await BigCommerceEmulator.StartAsync();
        await using var services = ClientFor(emulator);
        var client = services.GetRequiredService<BigCommerceClient>();
        const int orderId = 126;
        var line = (await client.Orders.ListProductsAsync(orderId).AsPages().FirstAsync()).Values[0];

        // begin-snippet: bigcommerce-refund
        RefundQuote quote = await client.Payments.CreateRefundQuoteAsync(orderId, new RefundQuoteRequest
        {
            Items = [RefundItem.Product(line.Id, quantity: 1)],
        });
        Refund refund = await client.Payments.CreateRefundAsync(orderId, new CreateRefundRequest
        {
            Items = [RefundItem.Product(line.Id, quantity: 1)],
            Payments = [.. quote.RefundMethods[0]],
        });
        // end-snippet

        Assert.True(refund.TotalAmount > 0);
        Assert.Equal(quote.TotalRefundAmount, refund.TotalAmount);
        Assert.Equal(refund.Id, Assert.Single(await client.Payments.ListRefundsAsync(orderId).ToListAsync()).Id);
        Assert.Equal(OrderStatus.PartiallyRefunded.Id, emulator.DefaultStore.OrderStatusOf(orderId));
    }

    [Fact]
    public async Task Errors_snippet_catches_the_not_found_order()
    {
        await using var emulator = await BigCommerceEmulator.StartAsync();
        await using var services = ClientFor(emulator);
        var client = services.GetRequiredService<BigCommerceClient>();
        using var console = ConsoleOutput.Capture();

        // begin-snippet: bigcommerce-errors
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
        // end-snippet

        Assert.StartsWith("404 ", Assert.Single(console.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_snippet_registers_the_secret_header_and_reads_the_order_of_a_delivery()
    {
        await using var emulator = await BigCommerceEmulator.StartAsync();
        await using var services = ClientFor(emulator);
        var client = services.GetRequiredService<BigCommerceClient>();
        // What the store sends: the hook's custom headers and a status event for order 107.
        var headers = new BigCommerceWebhookReceiver("a-long-shared-secret-value").HookHeaders.ToDictionary();
        var body = Encoding.UTF8.GetBytes("""{"scope":"store/order/statusUpdated","store_id":"1","data":{"type":"order","id":107,"status":{"previous_status_id":7,"new_status_id":11}},"hash":"h","created_at":1700000000,"producer":"stores/x"}""");

        // begin-snippet: bigcommerce-webhooks
        var receiver = new BigCommerceWebhookReceiver(secret: "a-long-shared-secret-value");
        await client.Webhooks.CreateAsync(new WebhookRequest
        {
            Scope = "store/order/statusUpdated",
            Destination = "https://hooks.example.com/bigcommerce",
            IsActive = true,
            Headers = receiver.HookHeaders.ToDictionary(), // the shared secret travels in a custom header
        });

        // In the HTTP endpoint (or let MapConnectorsWebhooks do it): raw body bytes + a header lookup.
        WebhookReceipt<BigCommerceWebhookEvent> receipt = receiver.Receive(new WebhookDelivery(body, name => headers.GetValueOrDefault(name)));
        if (!receipt.Accepted)
        {
            return; // receipt.Rejection.Kind: Unauthenticated → 401, Malformed → 400, TooLarge → 413
        }

        BigCommerceWebhookEvent delivery = receipt.Event!;
        Order order = await client.Orders.GetAsync(delivery); // deliveries carry ids only
        // end-snippet

        var hook = Assert.Single(await client.Webhooks.ListAsync().ToListAsync());
        Assert.Equal("store/order/statusUpdated", hook.Scope);
        Assert.Equal(receiver.HookHeaders, hook.Headers);
        Assert.Equal(107, order.Id);
        Assert.Equal(OrderStatus.AwaitingFulfillment, delivery.Data?.Status?.New);
        Assert.Equal(WebhookRejectionKind.Unauthenticated, receiver.Receive(new WebhookDelivery(body, _ => "a-wrong-secret")).Rejection?.Kind);
    }

    [Fact]
    public async Task Emulator_snippet_starts_a_seeded_store_the_client_can_read()
    {
        // begin-snippet: bigcommerce-emulator
        await using var emulator = await BigCommerceEmulator.StartAsync();
        // BaseAddress = emulator.BaseAddress, StoreHash = BigCommerceEmulator.DefaultStoreHash,
        // AccessToken = BigCommerceEmulator.DefaultAccessToken
        // end-snippet

        await using var services = ClientFor(emulator);
        var client = services.GetRequiredService<BigCommerceClient>();
        OrderCount count = await client.Orders.CountAsync();
        Assert.Equal(30, count.Count);
    }

    private static ServiceProvider ClientFor(BigCommerceEmulator emulator)
    {
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.StoreHash = BigCommerceEmulator.DefaultStoreHash;
            o.AccessToken = BigCommerceEmulator.DefaultAccessToken;
        });
        return services.BuildServiceProvider();
    }
}
