using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Connectors.Scenarios.Events;
using Connectors.Recipes.OrderToCash;

namespace Connectors.Recipes.OrderToCash.Tests;

public sealed class OrderImportTests
{
    [Fact]
    public async Task O2C_1_orders_are_imported_once_in_order_per_store_with_lines_addresses_and_payment()
    {
        var (host, sinks) = await O2C.StartAsync(s => s.AddOrderImport());
        await using var _ = host;
        var client = host.Get<BigCommerceClient>();

        // First poll: the seeded store, every status except Incomplete (2 of the 30 seeded orders).
        await host.PollAsync("O2C-1.orders");
        Assert.Equal(28, sinks.Orders.Count);
        var delivered = sinks.Orders.ToList();
        var inOrder = delivered.OrderBy(o => o.Order.DateModified).ThenBy(o => o.Order.Id).Select(o => o.Order.Id);
        Assert.Equal(inOrder, delivered.Select(o => o.Order.Id));
        Assert.DoesNotContain(delivered, o => o.Order.Status == OrderStatus.Incomplete);

        // A new order reaches the OMS through the poll twin, complete.
        var created = (await client.Orders.CreateAsync(new CreateOrderRequest
        {
            Status = OrderStatus.AwaitingFulfillment,
            BillingAddress = new OrderAddress { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", CountryIso2 = "GB" },
            Products = [new CreateOrderProduct { ProductId = 78, Quantity = 2 }],
        })).Value;
        await host.PollAsync("O2C-1.orders");
        Assert.Equal(29, sinks.Orders.Count);
        var imported = Assert.Single(sinks.Orders, o => o.Order.Id == created.Id);
        Assert.Equal("CC3C", Assert.Single(imported.Lines).Sku);
        Assert.Equal(2, imported.Lines[0].Quantity);
        Assert.Equal("Ada", Assert.Single(imported.ShippingAddresses).FirstName);
        Assert.Equal(BigCommerceEmulator.DefaultStoreHash, imported.StoreHash);
        Assert.Equal(OrderImportRecipe.ImportKey(BigCommerceEmulator.DefaultStoreHash, created), imported.ImportKey);
        var seeded = Assert.Single(sinks.Orders, o => o.Order.Id == 111);
        Assert.Equal("captured", seeded.Order.PaymentStatus);
        Assert.NotEmpty(seeded.Transactions);

        // The webhook for the same version and another poll do not deliver it again.
        var hook = OrderPolling.ToEvent(BigCommerceEmulator.DefaultStoreHash, created);
        var envelope = EventEnvelope.Create("hook-1", OrderToCashEvents.BigCommerceSource, "store/order/created", hook, OrderToCashJsonContext.Default.BigCommerceWebhookEvent) with
        {
            Subject = OrderPolling.Subject(hook, perStore: true),
            CorrelationId = "corr-hook-1",
        };
        Assert.Equal(1, (await host.Inbox.SubmitAsync(envelope)).Accepted);
        await host.IdleAsync();
        await host.PollAsync("O2C-1.orders");
        Assert.Equal(29, sinks.Orders.Count);
        Assert.Empty(await host.DeadLetters.QueryAsync(new Connectors.Scenarios.Storage.DeadLetterQuery()));
    }

    [Fact]
    public void O2C_1_options_are_validated_when_the_recipe_is_added()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var builder = Connectors.Scenarios.DependencyInjection.ScenarioServiceCollectionExtensions.AddScenarios(services);
        var error = Assert.Throws<ArgumentException>(() => builder.AddOrderImport(o => o.Statuses.Clear()));
        Assert.Contains("Statuses", error.Message, StringComparison.Ordinal);
    }
}
