using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Scenarios.Events;
using Connectors.Recipes.OrderExceptions;
using static Connectors.Samples.Checks.OrderExceptions.OrderExceptionTraffic;

namespace Connectors.Samples.Checks.OrderExceptions;

/// <summary>BC-CC-6: the Utility Caddy is repriced below cost; a merchandising case opens; the fixed price closes it.</summary>
public sealed class CatalogDataIssueCheck : RecipeCheck
{
    private const int UtilityCaddy = 81;

    /// <inheritdoc />
    public override string Id => CatalogDataIssueRecipe.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var catalog = context.Get<BigCommerceClient>().Catalog;
        var product = (await catalog.GetProductAsync(UtilityCaddy, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        await catalog.UpdateProductAsync(UtilityCaddy, new UpdateProductRequest { Price = product.CostPrice / 2 }, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(CatalogDataIssueRecipe.ProductPoller, cancellationToken).ConfigureAwait(false);

        var cases = Cases(context, $"product:{UtilityCaddy}:catalog:price");
        if (cases.Count != 1 || cases[0].Status == CoreCaseStatuses.Closed)
        {
            return CheckResult.Failed($"product {UtilityCaddy} priced below cost: expected 1 open price case, found {cases.Count}");
        }

        // BigCommerce sends a webhook for the fix; poll events are keyed by modified time in whole seconds, so a fix
        // within the same second as the fault reaches the recipe through its webhook.
        await catalog.UpdateProductAsync(UtilityCaddy, new UpdateProductRequest { Price = product.Price }, cancellationToken).ConfigureAwait(false);
        var webhook = new ResourceSignal { Scope = "store/product/updated", Data = new ResourceRef { Type = "product", Id = UtilityCaddy } };
        await SubmitAsync(context, EventEnvelope.Create($"product-updated-{UtilityCaddy}-{Guid.NewGuid():N}", RecipeTriggers.BigCommerceSource, webhook.Scope, webhook, OrderExceptionsJsonContext.Default.ResourceSignal), cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(CatalogDataIssueRecipe.CaseEventsPoller, cancellationToken).ConfigureAwait(false);

        return cases[0].Status == CoreCaseStatuses.Closed
            ? CheckResult.Ok($"product {UtilityCaddy} priced below cost → case {cases[0].CaseNumber} (merchandising); price restored → product re-validated, case closed")
            : CheckResult.Failed($"price of product {UtilityCaddy} restored but case {cases[0].CaseNumber} is {cases[0].Status}");
    }
}
