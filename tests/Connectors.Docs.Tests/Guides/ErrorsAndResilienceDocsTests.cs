using Connectors.BigCommerce;
using Connectors.Core;
using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Docs.Tests.Guides;

/// <summary>The snippets of docs/errors-and-resilience.md, run against the BigCommerce emulator.</summary>
public sealed class ErrorsAndResilienceDocsTests
{
    [Fact]
    public async Task Transient_failures_are_retried_and_a_missing_order_is_a_typed_error()
    {
        await using var emulator = await BigCommerceEmulator.StartAsync();
        var services = new ServiceCollection();

        // begin-snippet: resilience-options
        services.AddBigCommerce(o =>
        {
            o.StoreHash = BigCommerceEmulator.DefaultStoreHash;
            o.AccessToken = BigCommerceEmulator.DefaultAccessToken;
            o.BaseAddress = emulator.BaseAddress;            // omit for https://api.bigcommerce.com/
            o.Resilience.MaxRetryAttempts = 4;               // retries after the first attempt (safe methods only)
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(50);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(60);
            o.Resilience.PacingReserve = 10;                 // leave 10 requests a window to other apps on the store
        });
        // end-snippet

        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<BigCommerceClient>();
        var orderId = emulator.DefaultStore.OrderIds[0];
        emulator.Faults.Add(Fault.Status(503), count: 2, pathContains: $"/orders/{orderId}", method: "GET");

        Order order = await client.Orders.GetAsync(orderId);   // two 503s, then 200: the caller sees only the order

        Assert.Equal(orderId, order.Id);
        Assert.Equal(2, emulator.Faults.InjectedCount);
        var messages = new List<string>();

        // begin-snippet: typed-errors
        try
        {
            await client.Orders.GetAsync(424242);
        }
        catch (ConnectorNotFoundException ex)
        {
            messages.Add($"{ex.System} {ex.Status}: {ex.VendorMessage} (request {ex.RequestId})");
        }
        catch (ConnectorException ex) when (ex.IsTransient)
        {
            messages.Add($"still failing after retries, try later: {ex.Message}");
        }
        // end-snippet

        var message = Assert.Single(messages);
        Assert.StartsWith("BigCommerce 404:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_permanent_failure_is_a_typed_error_after_the_retries()
    {
        await using var emulator = await BigCommerceEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.StoreHash = BigCommerceEmulator.DefaultStoreHash;
            o.AccessToken = BigCommerceEmulator.DefaultAccessToken;
            o.BaseAddress = emulator.BaseAddress;
            o.Resilience.MaxRetryAttempts = 2;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<BigCommerceClient>();
        emulator.Faults.Add(Fault.Status(503), count: null, pathContains: "/orders/", method: "GET");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.Orders.GetAsync(emulator.DefaultStore.OrderIds[0]));

        Assert.True(error.IsTransient);
        Assert.Equal(503, error.Status);
        Assert.Equal(3, emulator.Faults.InjectedCount);
    }
}
