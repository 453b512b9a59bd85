using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Connectors.Samples.Hosting;

/// <summary>
/// Where the catalog recipes are registered: one <c>Add&lt;Section&gt;Recipes</c> call per catalog section
/// (OrderExceptions, PartnerCases, CaseCommunications, PartnerWorkflows, OrderToCash). Each recipe's scenario
/// name is its catalog ID, which is how the report tells a registered recipe from a missing one.
/// </summary>
public static class SampleRecipes
{
    /// <summary>Registers the catalog recipes available in this build.</summary>
    /// <param name="scenarios">The scenarios builder.</param>
    /// <param name="configuration">The configuration (recipe options against real systems).</param>
    public static void Add(ScenariosBuilder scenarios, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(configuration);

        // The recipe sections are not in this build yet; every catalog line reports NOT WIRED until they are
        // added here, e.g. scenarios.AddOrderExceptionsRecipes(...), and a check class drives each ID.
    }
}
