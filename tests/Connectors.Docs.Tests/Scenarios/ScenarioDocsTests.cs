using System.Diagnostics;
using System.Globalization;
using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Sqlite;
using Connectors.Scenarios.Triggers;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Docs.Tests.Scenarios;

/// <summary>The snippets of docs/scenarios.md, run against the emulators.</summary>
public sealed class ScenarioDocsTests
{
    [Fact]
    public async Task Quick_start_opens_one_case_per_declined_order_and_notes_it_on_the_order()
    {
        await using var systems = await EmulatedSystems.StartAsync();
        var folder = Directory.CreateTempSubdirectory("docs-scenarios-");
        var databasePath = Path.Combine(folder.FullName, "scenarios.db");
        const string caseDefinitionId = CoreCaseState.DefaultCaseDefinitionId;
        var services = new ServiceCollection();
        services.AddEmulatedConnectors(systems);

        // begin-snippet: scenarios-quick-start
        services.AddScenarios(o => o.MaxConcurrency = 8)
            .UseSqliteStore(databasePath)
            .AddScenario("order-exception", s => s
                .From(Trigger.Webhook("bigcommerce", "order/changed", DocsJson.Default.OrderChange),
                      Trigger.Poll("bigcommerce-orders", "bigcommerce", "order/changed", DocsJson.Default.OrderChange,
                          modifiedSince: (services, since, ct) => OrderChange.ListAsync(services.GetRequiredService<BigCommerceClient>(), since, ct),
                          subject: o => o.OrderId.ToString(CultureInfo.InvariantCulture),
                          modifiedAt: o => o.ModifiedAt,
                          interval: TimeSpan.FromMinutes(5)))
                .Where(o => o.Status == OrderStatus.Declined || o.Status == OrderStatus.ManualVerificationRequired)
                .Enrich("load-order", async (o, ctx, ct) => (await ctx.Services.GetRequiredService<BigCommerceClient>().Orders.GetAsync(o.OrderId, ct)).Value)
                .Map(order => new CaseDraft(order.Id, order.Status == OrderStatus.Declined ? "payment-declined" : "fraud-review", order.TotalIncTax))
                .Then("open-case", key: d => $"{d.OrderId}/{d.Kind}", async (d, ctx, ct) =>
                {
                    var options = new CreateCaseOptions { CaseDefinitionId = caseDefinitionId, Title = $"Order {d.OrderId}: {d.Kind}" };
                    options.ExternalReferences.Add(new ExternalReference("shop", $"{d.OrderId}/{d.Kind}"));
                    var result = await ctx.Services.GetRequiredService<CoreCaseClient>().Cases.FindOrCreateAsync(options, ct);
                    return new OpenedCase(d.OrderId, result.Value.Case.Id);
                }, DocsJson.Default.OpenedCase)
                .Then("note-on-order", key: c => c.CaseId, async (c, ctx, ct) =>
                    await ctx.Services.GetRequiredService<BigCommerceClient>().Orders.UpdateAsync(c.OrderId, new UpdateOrderRequest { StaffNotes = $"Case {c.CaseId} opened" }, ct)));
        // end-snippet

        await using var provider = services.BuildServiceProvider();
        var runner = provider.GetServices<IHostedService>().Single(s => s is IScenarioRunner);
        await runner.StartAsync(CancellationToken.None);
        try
        {
            var orderId = systems.BigCommerce.DefaultStore.OrderIds[0];
            systems.BigCommerce.DefaultStore.SetOrderStatus(orderId, OrderStatus.Declined.Id);
            var inbox = provider.GetRequiredService<IScenarioInbox>();
            var change = new OrderChange(orderId, OrderStatus.Declined, DateTimeOffset.UtcNow);
            var deliveryId = "delivery-1";
            var storeHash = systems.BigCommerce.DefaultStore.StoreHash;
            var correlationId = "docs-1";
            var ct = CancellationToken.None;

            // begin-snippet: scenarios-submit
            var envelope = EventEnvelope.Create(deliveryId, "bigcommerce", "order/changed", change, DocsJson.Default.OrderChange) with
            {
                Subject = $"{storeHash}/{change.OrderId}",   // per-subject ordering
                CorrelationId = correlationId,
                TraceParent = Activity.Current?.Id,
            };
            SubmitResult result = await inbox.SubmitAsync(envelope, ct);   // result.Duplicates == 1 for a redelivery
            // end-snippet

            Assert.Equal(0, result.Duplicates);
            Assert.Equal(1, (await inbox.SubmitAsync(envelope, ct)).Duplicates);
            var control = provider.GetRequiredService<IScenarioRunner>();
            await control.WaitForIdleAsync();
            await control.PollAsync("bigcommerce-orders");
            await control.WaitForIdleAsync();

            var opened = Assert.Single(systems.CoreCase.State.FindByExternalReference("shop", $"{orderId}/payment-declined"));
            Assert.Equal($"Case {opened.Id} opened", systems.BigCommerce.DefaultStore.StaffNotesOf(orderId));
        }
        finally
        {
            await runner.StopAsync(CancellationToken.None);
        }
    }
}
