using Connectors.BigCommerce;
using Connectors.Core;
using Connectors.Emulators.Hosting;
using Connectors.OpenText.CoreCase;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Connectors.Docs.Tests.Guides;

/// <summary>The snippets of docs/testing.md.</summary>
public sealed class TestingDocsTests
{
    [Fact]
    public async Task Emulated_systems_serve_every_client_with_no_credentials()
    {
        // begin-snippet: testing-emulated-systems
        await using var systems = await EmulatedSystems.StartAsync();   // six loopback servers, random ports
        var services = new ServiceCollection();
        services.AddEmulatedConnectors(systems);                        // every client, pointed at them
        await using var provider = services.BuildServiceProvider();

        var orders = provider.GetRequiredService<BigCommerceClient>().Orders;
        var cases = provider.GetRequiredService<CoreCaseClient>().Cases;
        // end-snippet

        var first = await orders.ListAsync().FirstAsync();
        Assert.Contains(first.Id, systems.BigCommerce.DefaultStore.OrderIds);
        var created = await cases.CreateAsync(new CreateCaseOptions { CaseDefinitionId = Connectors.Emulators.CoreCase.CoreCaseState.DefaultCaseDefinitionId, Title = "docs" });
        Assert.Contains(systems.CoreCase.State.Cases, c => c.Id == created.Value.Id);
    }

    [Fact]
    public async Task Faults_make_the_emulators_fail_on_purpose()
    {
        await using var systems = await EmulatedSystems.StartAsync();
        var services = new ServiceCollection();
        services.AddEmulatedConnectors(systems);
        await using var provider = services.BuildServiceProvider();
        var orderId = systems.BigCommerce.DefaultStore.OrderIds[0];

        // begin-snippet: testing-faults
        systems.BigCommerce.Faults.Add(Fault.Status(503), count: 2, pathContains: "/orders/");   // next two order calls fail
        systems.CoreCase.Faults.Add(Fault.Hang(), count: null, method: "POST");                  // every POST hangs until cleared
        systems.CoreCase.Faults.Clear();
        // end-snippet

        Order order = await provider.GetRequiredService<BigCommerceClient>().Orders.GetAsync(orderId);
        Assert.Equal(orderId, order.Id);
        Assert.Equal(2, systems.BigCommerce.Faults.InjectedCount);
    }

    [Fact]
    public async Task Clients_mock_with_nsubstitute_and_model_factories()
    {
        // begin-snippet: testing-mocks
        var orders = Substitute.For<OrderService>();
        orders.GetAsync(100, Arg.Any<CancellationToken>())
            .Returns(ResponseFactory.FromValue(BigCommerceModelFactory.Order(100, OrderStatus.Declined, totalIncTax: 250m)));
        var client = Substitute.For<BigCommerceClient>();
        client.Orders.Returns(orders);
        // end-snippet

        Order order = await client.Orders.GetAsync(100);
        Assert.Equal(OrderStatus.Declined, order.Status);
        Assert.Equal(250m, order.TotalIncTax);
    }
}
