using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Recipes.OrderExceptions;
using Connectors.Scenarios.PostgreSql;
using Connectors.Scenarios.Sqlite;

namespace Connectors.Samples.Web.Hosting;

/// <summary>
/// The scenarios engine and the recipes the page shows: section A (order exceptions → Core Case
/// cases, BC-CC-1 to BC-CC-8). The store is SQLite, or PostgreSQL when <c>Scenarios:PostgreSql</c> holds a
/// connection string (then several instances of the sample share the work). Engine options bind from
/// <c>Scenarios</c> (for example <c>Scenarios:RunPollers</c>); recipe options from <c>Recipes</c>.
/// </summary>
public static class SampleScenarios
{
    /// <summary>The seeded "Regulated" catalog category of the emulated store (BC-CC-3 reviews its products).</summary>
    public const int EmulatedRegulatedCategoryId = 21;

    /// <summary>Adds the engine, its store (PostgreSQL at <c>Scenarios:PostgreSql</c>, else SQLite at <paramref name="databasePath"/>) and the recipes.</summary>
    /// <param name="services">The services, with the clients already registered.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="emulated">Whether the clients point at the in-process emulators (recipe defaults fit their seed data).</param>
    /// <exception cref="InvalidOperationException">Real systems are configured without <c>Recipes:CaseDefinitionId</c>.</exception>
    public static void Add(IServiceCollection services, IConfiguration configuration, string databasePath, bool emulated)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var scenarios = services.AddScenarios(o => configuration.GetSection("Scenarios").Bind(o));
        var postgres = configuration["Scenarios:PostgreSql"];
        if (string.IsNullOrWhiteSpace(postgres))
        {
            scenarios.UseSqliteStore(databasePath);
        }
        else
        {
            scenarios.UsePostgresStore(postgres, o => o.Schema = configuration["Scenarios:PostgreSqlSchema"] ?? o.Schema);
        }

        if (emulated)
        {
            scenarios.AddOrderExceptionsRecipes(CoreCaseState.DefaultCaseDefinitionId, EmulatedRegulatedCategoryId);
            return;
        }

        // The order-exception recipes need both ends; against a partial configuration the host runs without them.
        if (services.Any(d => d.ServiceType == typeof(BigCommerceClient)) && services.Any(d => d.ServiceType == typeof(CoreCaseClient)))
        {
            var caseDefinitionId = configuration["Recipes:CaseDefinitionId"]
                ?? throw new InvalidOperationException("Recipes:CaseDefinitionId is required with real BigCommerce and Core Case systems: the Core Case case type the order-exception recipes open.");
            var regulated = configuration.GetSection("Recipes:RegulatedCategoryIds").Get<int[]>() ?? [];
            scenarios.AddOrderExceptionsRecipes(caseDefinitionId, regulated);
        }
    }
}
