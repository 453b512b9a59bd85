using Connectors.Testing;
using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-5: a customer disputes two orders within the window; one investigation opens; the investigator puts the account on hold.</summary>
public sealed class SuspiciousActivityCheck : RecipeCheck
{
    private const int Customer = 9;

    /// <inheritdoc />
    public override string Id => SuspiciousActivityRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var before = Cases(context, $"customer:{Customer}:investigation:").Count;
        await PlaceOrderAsync(context, OrderStatus.Disputed, productId: 82, quantity: 1, customerId: Customer, cancellationToken).ConfigureAwait(false);
        await PlaceOrderAsync(context, OrderStatus.Disputed, productId: 84, quantity: 4, customerId: Customer, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(SuspiciousActivityRecipe.OrderPoller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(SuspiciousActivityRecipe.OrderPoller, cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"customer:{Customer}:investigation:");
        if (cases.Count != before + 1)
        {
            return CheckResult.Failed($"customer {Customer} with 2 chargebacks: expected 1 new investigation, found {cases.Count - before}");
        }

        var investigation = cases.OrderByDescending(c => c.CreatedOn).First();
        await ResolveAsync(context, investigation.Ref(), "hold", null, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(SuspiciousActivityRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);

        var notes = (await context.Get<BigCommerceClient>().Customers.GetAsync(Customer, cancellationToken).ConfigureAwait(false)).Value.Notes ?? "";
        return notes.Contains($"(case {investigation.CaseNumber}", StringComparison.Ordinal)
            ? CheckResult.Ok($"customer {Customer}: 2 chargebacks in 30 days → investigation {investigation.CaseNumber}; outcome 'hold' → account flagged on hold")
            : CheckResult.Failed($"investigation {investigation.CaseNumber} resolved 'hold' but customer {Customer}'s notes do not name it");
    }
}
