using Connectors.BigCommerce;
using Connectors.Samples.Catalog;
using Connectors.Samples.Smoke;

namespace Connectors.Samples.Checks;

/// <summary>
/// Drives <see cref="SmokeScenario"/>: declines an order in the emulated store, runs the poll twin, and checks
/// that Core Case has exactly one case for the order with one note; a second poll must change nothing.
/// </summary>
public sealed class SmokeCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => CatalogIds.Smoke;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var systems = context.Systems!;
        var store = systems.BigCommerce.DefaultStore;
        var orderId = store.OrderIds.First(id => store.OrderStatusOf(id) != OrderStatus.Declined.Id);
        store.SetOrderStatus(orderId, OrderStatus.Declined.Id);

        var stored = await context.PollAndWaitAsync(SmokeScenario.Poller, cancellationToken).ConfigureAwait(false);
        var again = await context.PollAndWaitAsync(SmokeScenario.Poller, cancellationToken).ConfigureAwait(false);

        var cases = systems.CoreCase.State.FindByExternalReference(SmokeScenario.ReferenceSystem, SmokeScenario.Reference(orderId));
        if (cases.Count != 1)
        {
            return CheckResult.Failed($"order {orderId} declined: expected 1 case, found {cases.Count}");
        }

        var notes = cases[0].Comments.Count(c => c.Text.Contains($"Order {orderId} is Declined", StringComparison.Ordinal));
        if (notes != 1)
        {
            return CheckResult.Failed($"order {orderId} declined: case {cases[0].CaseNumber} has {notes} notes, expected 1");
        }

        return CheckResult.Ok($"order {orderId} declined → poll stored {stored} event(s) → case {cases[0].CaseNumber} with 1 note; re-poll stored {again}, no duplicate");
    }
}
