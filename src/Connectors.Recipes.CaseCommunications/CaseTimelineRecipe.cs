using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>CC-EX-7: the case timeline with communication history, as a query service.</summary>
public static class CaseTimelineRecipe
{
    /// <summary>The catalog id.</summary>
    public const string Id = "CC-EX-7";

    /// <summary>Registers <see cref="CaseTimelineService"/> (CC-EX-7 is a query: it has no trigger and no effect).</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddCaseTimeline(this ScenariosBuilder builder, Action<CaseTimelineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CaseTimelineOptions();
        configure?.Invoke(options);
        options.Validate();
        builder.Services.TryAddTransient(sp => new CaseTimelineService(
            sp.GetRequiredService<CoreCaseClient>(), sp.GetRequiredService<ExstreamClient>(), options));
        return builder;
    }
}
