using System.Globalization;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-6: sales analytics as a typed service, plus a scenario that publishes the reports a schedule or person asks for.</summary>
public static class SalesAnalyticsRecipe
{
    /// <summary>
    /// Adds O2C-6: registers <see cref="ISalesAnalytics"/> (inject it and call <c>ComputeAsync(from, to)</c>) and, unless
    /// <see cref="SalesAnalyticsOptions.PublishRequestedReports"/> is off, scenario <c>O2C-6</c>:
    /// <see cref="SalesReportRequested"/> (host) → report → <see cref="ISalesReportSink"/>, once per range.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts <see cref="SalesAnalyticsOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddSalesAnalytics(this ScenariosBuilder builder, Action<SalesAnalyticsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SalesAnalyticsOptions();
        configure?.Invoke(options);
        options.Validate();
        builder.Services.TryAddSingleton<ISalesAnalytics>(sp => new SalesAnalytics(options, sp));
        if (!options.PublishRequestedReports)
        {
            return builder;
        }

        return builder.AddScenario(SalesAnalyticsOptions.ScenarioName, s => s
            .From(Trigger.Webhook(OrderToCashEvents.HostSource, OrderToCashEvents.SalesReportRequested, OrderToCashJsonContext.Default.SalesReportRequested))
            .Map(r => r.To > r.From ? r : throw new ScenarioException($"The report range {r.From:O}..{r.To:O} is empty."))
            .Then(
                "publish-report",
                r => string.Create(CultureInfo.InvariantCulture, $"{r.From.UtcDateTime:O}/{r.To.UtcDateTime:O}"),
                async (r, step, ct) =>
                {
                    var report = await step.Services.GetRequiredService<ISalesAnalytics>().ComputeAsync(r.From, r.To, ct).ConfigureAwait(false);
                    await step.Services.GetRequiredService<ISalesReportSink>().PublishAsync(report, step.CorrelationId, ct).ConfigureAwait(false);
                }));
    }
}
