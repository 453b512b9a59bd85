using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Recipes.OrderExceptions;

namespace Connectors.Recipes.OrderExceptions.Tests;

/// <summary>Shared steps of the section A tests: start a host, make orders, read cases back.</summary>
internal static class OrderExceptionsFixture
{
    public const string CaseType = CoreCaseState.DefaultCaseDefinitionId;

    public static string StoreSystem => OrderCases.System(Connectors.Emulators.BigCommerce.BigCommerceEmulator.DefaultStoreHash);

    public static Task<RecipeTestHost> StartAsync(Action<ScenariosBuilder> recipes) => RecipeTestHost.StartAsync(recipes);

    /// <summary>Starts polls one minute ago so the emulator's seeded history is not processed.</summary>
    public static DateTimeOffset PollFrom { get; } = DateTimeOffset.UtcNow.AddMinutes(-1);

    public static async Task<Order> CreateOrderAsync(RecipeTestHost host, OrderStatus status, int productId = 77, int quantity = 1, int customerId = 1, decimal? price = null)
    {
        var client = host.Get<BigCommerceClient>();
        var request = new CreateOrderRequest
        {
            CustomerId = customerId,
            Status = status,
            BillingAddress = new OrderAddress { FirstName = "Jane", LastName = "Doe", Email = "jane.doe@example.com", Street1 = "1 Main St", City = "Austin", Zip = "78701", Country = "United States", CountryIso2 = "US" },
            StaffNotes = "Leave at the back door",
        };
        request.Products.Add(new CreateOrderProduct { ProductId = productId, Quantity = quantity, PriceExTax = price, PriceIncTax = price });
        return (await client.Orders.CreateAsync(request)).Value;
    }

    public static IReadOnlyList<EmulatedCase> CasesFor(RecipeTestHost host, string referenceId)
        => host.Systems.CoreCase.State.FindByExternalReference(StoreSystem, referenceId);

    public static IReadOnlyList<EmulatedCase> CasesStartingWith(RecipeTestHost host, string referencePrefix)
        => host.Systems.CoreCase.State.Cases.Where(c => c.ExternalReferences.Any(r => r.System == StoreSystem && r.Id.StartsWith(referencePrefix, StringComparison.Ordinal))).ToList();

    /// <summary>Submits a host request and waits until the runner is idle.</summary>
    public static async Task<SubmitResult> SubmitAsync(RecipeTestHost host, EventEnvelope envelope)
    {
        var result = await host.Inbox.SubmitAsync(envelope);
        await host.IdleAsync();
        return result;
    }

    public static async Task<List<Metafield>> LinksAsync(RecipeTestHost host, int orderId)
    {
        var list = new List<Metafield>();
        await foreach (var m in host.Get<BigCommerceClient>().OrderMetafields.ListAsync(orderId, OrderCases.MetafieldNamespace))
        {
            list.Add(m);
        }

        return list;
    }

    public static async Task SubmitOrderWebhookAsync(RecipeTestHost host, string scope, int orderId, string id)
    {
        var signal = new ResourceSignal { Scope = scope, Data = new ResourceRef { Type = "order", Id = orderId }, CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds() };
        await host.Inbox.SubmitAsync(EventEnvelope.Create(id, RecipeTriggers.BigCommerceSource, scope, signal, OrderExceptionsJsonContext.Default.ResourceSignal) with { CorrelationId = "corr-" + id });
        await host.IdleAsync();
    }

    /// <summary>Works a case to a resolution the way an agent would (open → in progress → resolved with a reason).</summary>
    public static async Task ResolveAsync(RecipeTestHost host, CaseRef caseRef, string reason, Action<UpdateCaseOptions>? attributes = null)
    {
        var client = host.Get<CoreCaseClient>();
        if (attributes is not null)
        {
            var update = new UpdateCaseOptions();
            attributes(update);
            await client.Cases.UpdateAsync(caseRef, update);
        }

        await client.Cases.ChangeStatusAsync(caseRef, CaseStatus.InProgress);
        await client.Cases.ChangeStatusAsync(caseRef, CaseStatus.Resolved, reason);
    }
}
