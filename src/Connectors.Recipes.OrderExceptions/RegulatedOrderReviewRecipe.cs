using Connectors.BigCommerce;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of BC-CC-3 (regulated product compliance review).</summary>
public sealed class RegulatedOrderReviewOptions : ReviewOptions
{
    /// <summary>SKUs that are regulated (age-restricted, medical, controlled).</summary>
    public ISet<string> RegulatedSkus { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Catalog categories whose products are regulated.</summary>
    public ISet<int> RegulatedCategoryIds { get; } = new HashSet<int>();

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        base.Check(problems);
        if (RegulatedSkus.Count == 0 && RegulatedCategoryIds.Count == 0)
        {
            problems.Add("name at least one regulated SKU or category (RegulatedSkus, RegulatedCategoryIds)");
        }
    }
}

/// <summary>BC-CC-3: a new order with regulated products is held and a compliance case decides; approved releases, rejected cancels.</summary>
public static class RegulatedOrderReviewRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "BC-CC-3";

    /// <summary>The flow-back scenario.</summary>
    public const string OutcomeScenario = Id + ".outcome";

    /// <summary>The order poll twin.</summary>
    public const string OrderPoller = Id + ".orders";

    /// <summary>The Core Case events poller of the flow-back.</summary>
    public const string CaseEventsPoller = Id + ".case-events";

    /// <summary>Adds BC-CC-3 and its flow-back.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddRegulatedOrderReview(this ScenariosBuilder builder, Action<RegulatedOrderReviewOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var o = new RegulatedOrderReviewOptions();
        configure(o);
        o.Validate(Id);
        return OrderReview.Add(builder, Id, "compliance", o, async (order, step, ct) =>
        {
            var client = step.Services.GetRequiredService<BigCommerceClient>();
            var reasons = new List<string>();
            foreach (var line in order.Lines)
            {
                if (line.Sku is { } sku && o.RegulatedSkus.Contains(sku))
                {
                    reasons.Add($"{sku} is a regulated SKU");
                    continue;
                }

                if (o.RegulatedCategoryIds.Count > 0 && line.ProductId > 0)
                {
                    var product = (await client.Catalog.GetProductAsync(line.ProductId, cancellationToken: ct).ConfigureAwait(false)).Value;
                    if (product.Categories.FirstOrDefault(o.RegulatedCategoryIds.Contains) is var category and > 0)
                    {
                        reasons.Add($"{line.Sku} is in regulated category {category}");
                    }
                }
            }

            return new ReviewFinding(order, reasons, o.AssigneeGroup);
        });
    }
}
