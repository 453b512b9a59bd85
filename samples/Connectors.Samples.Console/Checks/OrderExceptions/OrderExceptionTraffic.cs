using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>What the section A checks do to the emulators: place orders, find cases, work a case like an agent.</summary>
internal static class OrderExceptionTraffic
{
    /// <summary>Places an order through the BigCommerce client, as a storefront or the back office would.</summary>
    public static async Task<Order> PlaceOrderAsync(CatalogContext context, OrderStatus status, int productId, int quantity, int customerId, CancellationToken cancellationToken)
    {
        var request = new CreateOrderRequest
        {
            CustomerId = customerId,
            Status = status,
            BillingAddress = new OrderAddress { FirstName = "Ava", LastName = "Garcia", Email = "ava.garcia@example.com", Street1 = "12 Harbour Rd", City = "Sydney", Zip = "2000", Country = "Australia", CountryIso2 = "AU" },
            StaffNotes = "Gift wrap",
        };
        request.Products.Add(new CreateOrderProduct { ProductId = productId, Quantity = quantity });
        return (await context.Get<BigCommerceClient>().Orders.CreateAsync(request, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>The emulated cases whose external reference in the default store starts with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<EmulatedCase> Cases(CatalogContext context, string prefix)
    {
        var system = OrderCases.System(Connectors.Emulators.BigCommerce.BigCommerceEmulator.DefaultStoreHash);
        return context.Systems!.CoreCase.State.Cases
            .Where(c => c.ExternalReferences.Any(r => r.System == system && r.Id.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>Works a case to RESOLVED the way an agent would, setting the decision attributes first.</summary>
    public static async Task ResolveAsync(CatalogContext context, CaseRef caseRef, string reason, Action<UpdateCaseOptions>? attributes, CancellationToken cancellationToken)
    {
        var cases = context.Get<CoreCaseClient>().Cases;
        if (attributes is not null)
        {
            var update = new UpdateCaseOptions();
            attributes(update);
            await cases.UpdateAsync(caseRef, update, cancellationToken).ConfigureAwait(false);
        }

        await cases.ChangeStatusAsync(caseRef, CaseStatus.InProgress, cancellationToken: cancellationToken).ConfigureAwait(false);
        await cases.ChangeStatusAsync(caseRef, CaseStatus.Resolved, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Submits a host request and waits until the runner has processed it.</summary>
    public static async Task SubmitAsync(CatalogContext context, Connectors.Scenarios.Events.EventEnvelope envelope, CancellationToken cancellationToken)
    {
        await context.Inbox.SubmitAsync(envelope, cancellationToken).ConfigureAwait(false);
        await context.Runner.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The refunds of an order.</summary>
    public static async Task<List<Refund>> RefundsAsync(CatalogContext context, int orderId, CancellationToken cancellationToken)
    {
        var refunds = new List<Refund>();
        await foreach (var refund in context.Get<BigCommerceClient>().Payments.ListRefundsAsync(orderId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            refunds.Add(refund);
        }

        return refunds;
    }

    /// <summary>How many lines of the order's staff notes start with <paramref name="prefix"/>.</summary>
    public static int NoteLines(CatalogContext context, int orderId, string prefix)
        => (context.Systems!.BigCommerce.DefaultStore.StaffNotesOf(orderId) ?? "").Split('\n').Count(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
