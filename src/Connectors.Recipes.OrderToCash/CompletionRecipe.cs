using System.Globalization;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Triggers;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-5: a carrier's delivered event completes the order in BigCommerce.</summary>
public static class CompletionRecipe
{
    /// <summary>Adds O2C-5: <see cref="ParcelDelivered"/> (host) → order set Completed, once per order id.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts <see cref="CompletionOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderCompletion(this ScenariosBuilder builder, Action<CompletionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CompletionOptions();
        configure?.Invoke(options);
        options.Validate();

        return builder.AddScenario(CompletionOptions.ScenarioName, s => s
            .From(Trigger.Webhook(OrderToCashEvents.HostSource, OrderToCashEvents.ParcelDelivered, OrderToCashJsonContext.Default.ParcelDelivered))
            .Map(e => e.OrderId > 0 ? e : throw new ScenarioException("A delivered event needs an order id."))
            .Enrich("read-order", async (e, step, ct) => (Event: e, Order: (await options.Client(step.Services).Orders.GetAsync(e.OrderId, ct).ConfigureAwait(false)).Value))
            .Where(x => options.CompleteFrom.Contains(x.Order.Status))
            .Then("complete-order", x => x.Order.Id.ToString(CultureInfo.InvariantCulture), async (x, step, ct) =>
            {
                var note = $"O2C-5: delivered ({x.Event.TrackingNumber}); completed. Correlation {step.CorrelationId}.";
                await StaffNotes.SetStatusAsync(options.Client(step.Services), x.Order.Id, options.CompletedStatus, note, ct).ConfigureAwait(false);
            }));
    }
}
