using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.BigCommerce.Tests.Conformance;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.BigCommerce.Tests;

/// <summary>
/// The client against the official specs, through the emulator: every path and method it calls exists in the
/// spec files (Conformance/Specs), and the examples of Specs/bigcommerce-contract.json (copied from
/// github.com/bigcommerce/docs) deserialize into the client's models without losing a typed field. The
/// spec-driven checks of every route are in Conformance/ConformanceTests.
/// </summary>
public sealed class ContractTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly JsonObject Spec = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "bigcommerce-contract.json")))!.AsObject();

    [Fact]
    public async Task Every_path_and_method_the_client_calls_is_in_the_official_specs()
    {
        var recorded = new ConcurrentBag<(string Method, string Path)>();
        var hash = "contract-store";
        fixture.Emulator.AddStore(hash, "contract-token");
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = fixture.Emulator.BaseAddress;
            o.StoreHash = hash;
            o.AccessToken = "contract-token";
            TestResilience.Fast(o);
        }).AddHttpMessageHandler(() => new RecordingHandler(recorded));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<BigCommerceClient>();

        await CallEveryEndpointAsync(client);

        var used = new HashSet<string>();
        foreach (var (method, path) in recorded)
        {
            var relative = path[("/stores/" + hash).Length..];
            var match = OpenApiSpecs.Official.Find(method, relative);
            Assert.True(match is not null, $"{method} {relative} is not in the official specs.");
            used.Add($"{method} {match.Path}");
        }

        // The 44 endpoints of docs/api/bigcommerce.md were all exercised.
        Assert.Equal(44, used.Count);
    }

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var example in Spec["examples"]!.AsArray())
        {
            data.Add((string)example!["name"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Spec_examples_deserialize_without_losing_typed_fields(string name)
    {
        var example = Spec["examples"]!.AsArray().Single(e => (string)e!["name"]! == name)!;
        var body = example["body"]!.ToJsonString();
        var untyped = example["untyped"]!.AsArray().Select(n => (string)n!).ToHashSet();
        var json = BigCommerceJsonContext.Default;
        var leftovers = (string)example["model"]! switch
        {
            "Order" => Check(JsonSerializer.Deserialize(body, json.Order)!, o => o.AdditionalProperties),
            "OrderProduct" => Check(JsonSerializer.Deserialize(body, json.OrderProduct)!, p => p.AdditionalProperties),
            "Shipment" => Check(JsonSerializer.Deserialize(body, json.Shipment)!, s => s.AdditionalProperties),
            "OrderShippingAddress" => Check(JsonSerializer.Deserialize(body, json.OrderShippingAddress)!, a => a.AdditionalProperties),
            "List<OrderStatusInfo>" => Check(JsonSerializer.Deserialize(body, json.ListOrderStatusInfo)!, _ => null),
            "OrderCount" => Check(JsonSerializer.Deserialize(body, json.OrderCount)!, _ => null),
            "V3Envelope<Refund>" => Check(JsonSerializer.Deserialize(body, json.V3EnvelopeRefund)!.Data!, r => r.AdditionalProperties),
            "Transaction" => Check(JsonSerializer.Deserialize(body, json.Transaction)!, t => t.AdditionalProperties),
            "V3Envelope<Webhook>" => Check(JsonSerializer.Deserialize(body, json.V3EnvelopeWebhook)!.Data!, w => w.AdditionalProperties),
            "BigCommerceWebhookEvent" => Check(JsonSerializer.Deserialize(body, json.BigCommerceWebhookEvent)!, _ => null),
            var other => throw new InvalidOperationException($"No model mapping for {other}."),
        };
        Assert.Empty(leftovers.Except(untyped));
    }

    [Fact]
    public void Spec_example_values_read_exactly()
    {
        var json = BigCommerceJsonContext.Default;
        var order = JsonSerializer.Deserialize(Body("order"), json.Order)!;
        Assert.Equal(new DateTimeOffset(2019, 3, 5, 21, 40, 11, TimeSpan.Zero), order.DateCreated);
        Assert.Null(order.DateShipped);
        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.Equal(62.6793m, order.SubtotalExTax);
        Assert.Equal(69.84m, order.TotalIncTax);
        Assert.Equal("555 East Street", order.BillingAddress?.Street1);

        var shipment = JsonSerializer.Deserialize(Body("shipment"), json.Shipment)!;
        Assert.Equal([194, 195], shipment.Items.Select(i => i.OrderProductId));
        Assert.Equal("usps", shipment.ShippingProvider);

        var refund = JsonSerializer.Deserialize(Body("refund"), json.V3EnvelopeRefund)!.Data!;
        Assert.Equal(50m, refund.TotalAmount);
        Assert.Equal("storecredit", Assert.Single(refund.Payments).ProviderId);
        Assert.Equal(87, Assert.Single(refund.Items).ItemId);

        var trees = OpenApiSpecs.Official.Find("GET", "/v3/catalog/trees/categories")!.SuccessResponses().First().Examples[0].Value!.ToJsonString();
        var categories = JsonSerializer.Deserialize(trees, json.V3CollectionCategory)!;
        Assert.Equal(246, categories.Meta?.Pagination?.Total);
        var bath = Assert.Single(categories.Data);
        Assert.Equal((12, 2, 1, "Bath"), (bath.Id, bath.ParentId, bath.TreeId, bath.Name));

        var callback = JsonSerializer.Deserialize(Body("webhook callback"), json.BigCommerceWebhookEvent)!;
        Assert.Equal("352e4afc6dd3fc85ea26bfdf3f91852604d57528", callback.Hash);
        Assert.Equal("{store_hash}", callback.StoreHash);
    }

    [Fact]
    public void Spec_error_bodies_map_to_message_and_field_errors()
    {
        foreach (var error in Spec["errors"]!.AsArray())
        {
            var details = BigCommerceErrorParser.Parse((int)error!["status"]!, error["body"]!.ToJsonString());
            Assert.Equal((string)error["message"]!, details.Message);
            Assert.Equal(error["fields"]!.AsArray().Select(f => (string)f!), (details.FieldErrors ?? []).Select(f => f.Field));
        }
    }

    private static string Body(string name) => Spec["examples"]!.AsArray().Single(e => (string)e!["name"]! == name)!["body"]!.ToJsonString();

    private static IEnumerable<string> Check<T>(T value, Func<T, Dictionary<string, JsonElement>?> extra)
    {
        Assert.NotNull(value);
        return extra(value)?.Keys ?? Enumerable.Empty<string>();
    }

    private static async Task CallEveryEndpointAsync(BigCommerceClient client)
    {
        static async Task Drain<T>(IAsyncEnumerable<T> items)
        {
            await foreach (var _ in items)
            {
            }
        }

        await Drain(client.Orders.ListAsync(new OrderQuery { Status = OrderStatus.Shipped }));
        await client.Orders.CountAsync();
        await client.Orders.GetAsync(111);
        Order created = await client.Orders.CreateAsync(new CreateOrderRequest
        {
            BillingAddress = new OrderAddress { FirstName = "C", Email = "c@example.com" },
            Products = [new CreateOrderProduct { ProductId = 77, Quantity = 1 }],
        });
        await client.Orders.UpdateAsync(created.Id, new UpdateOrderRequest { StaffNotes = "x" });
        await Drain(client.Orders.ListProductsAsync(111));
        await Drain(client.Orders.ListShippingAddressesAsync(111));
        await Drain(client.Orders.ListMessagesAsync(112));
        await Drain(client.Orders.ListCouponsAsync(126));
        await client.Orders.ListStatusesAsync();
        await client.Orders.ArchiveAsync(created.Id);

        var line = (await client.Orders.ListProductsAsync(126).AsPages().FirstAsync()).Values[0];
        Shipment shipment = await client.Shipments.CreateAsync(126, new CreateShipmentRequest { OrderAddressId = line.OrderAddressId, Items = [new ShipmentItem { OrderProductId = line.Id, Quantity = 1 }] });
        await Drain(client.Shipments.ListAsync(126));
        await client.Shipments.GetAsync(126, shipment.Id);
        await client.Shipments.UpdateAsync(126, shipment.Id, new UpdateShipmentRequest { TrackingNumber = "T" });
        await client.Shipments.DeleteAsync(126, shipment.Id);

        await Drain(client.Payments.ListTransactionsAsync(111));
        RefundQuote quote = await client.Payments.CreateRefundQuoteAsync(126, new RefundQuoteRequest { Items = [RefundItem.Product(line.Id, 1)] });
        await client.Payments.CreateRefundAsync(126, new CreateRefundRequest { Items = [RefundItem.Product(line.Id, 1)], Payments = [.. quote.RefundMethods[0]] });
        await Drain(client.Payments.ListRefundsAsync(126));
        await Drain(client.Payments.ListAllRefundsAsync());

        Metafield field = await client.OrderMetafields.CreateAsync(111, new CreateMetafieldRequest { Namespace = "n", Key = "k", Value = "v" });
        await Drain(client.OrderMetafields.ListAsync(111));
        await client.OrderMetafields.UpdateAsync(111, field.Id, new UpdateMetafieldRequest { Value = "w" });
        await client.OrderMetafields.DeleteAsync(111, field.Id);

        await Drain(client.Catalog.ListProductsAsync(new ProductQuery { IsVisible = true }));
        await client.Catalog.GetProductAsync(77);
        await client.Catalog.UpdateProductAsync(77, new UpdateProductRequest { Price = 10m });
        await Drain(client.Catalog.ListVariantsAsync(79));
        await client.Catalog.UpdateVariantAsync(79, 63, new UpdateVariantRequest { PurchasingDisabled = false });
        await Drain(client.Catalog.ListCategoriesAsync());

        await client.Inventory.SetAbsoluteAsync(new InventoryAdjustment { Items = [InventoryAdjustmentItem.ForProduct(77, 5)] });
        await client.Inventory.AdjustRelativeAsync(new InventoryAdjustment { Items = [InventoryAdjustmentItem.ForProduct(77, 1)] });
        await Drain(client.Inventory.ListItemsAsync());
        await Drain(client.Inventory.ListLocationItemsAsync(1));

        await Drain(client.Customers.ListAsync());
        await client.Customers.UpdateAsync([new UpdateCustomerRequest { Id = 1, Notes = "n" }]);
        await Drain(client.Customers.ListGroupsAsync());
        await client.Customers.GetGroupAsync(1);

        Webhook hook = await client.Webhooks.CreateAsync(new WebhookRequest { Scope = "store/order/created", Destination = "https://example.com/h" });
        await Drain(client.Webhooks.ListAsync());
        await client.Webhooks.GetAsync(hook.Id);
        await client.Webhooks.UpdateAsync(hook.Id, new WebhookRequest { IsActive = false });
        await client.Webhooks.DeleteAsync(hook.Id);
    }

    private sealed class RecordingHandler(ConcurrentBag<(string, string)> recorded) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            recorded.Add((request.Method.Method, request.RequestUri!.AbsolutePath));
            return base.SendAsync(request, cancellationToken);
        }
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async Task<T> FirstAsync<T>(this IAsyncEnumerable<T> source)
    {
        await foreach (var item in source)
        {
            return item;
        }

        throw new InvalidOperationException("The sequence is empty.");
    }
}
