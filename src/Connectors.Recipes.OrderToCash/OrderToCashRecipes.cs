using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.OrderToCash;

/// <summary>Adds the whole order-to-cash section (O2C-1 … O2C-6).</summary>
public static class OrderToCashRecipes
{
    /// <summary>
    /// Adds O2C-1 to O2C-6 with their defaults. The host registers <see cref="IOrderSink"/>, <see cref="IReorderSink"/>,
    /// <see cref="IPaymentStateSink"/> and <see cref="ISalesReportSink"/>, and feeds its own events (stock levels,
    /// refund requests, 3PL confirmations, deliveries, report requests) through <c>IScenarioInbox</c>.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderToCashRecipes(this ScenariosBuilder builder)
        => builder
            .AddOrderImport()
            .AddInventorySync()
            .AddPaymentsAndRefunds()
            .AddFulfilment()
            .AddOrderCompletion()
            .AddSalesAnalytics();
}
