using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Scenarios.Sqlite;

/// <summary>Selects the SQLite store for the scenarios engine.</summary>
public static class SqliteScenariosBuilderExtensions
{
    /// <summary>Keeps the engine's state in one SQLite file (WAL): the durable embedded default.</summary>
    /// <param name="builder">The builder from <c>AddScenarios</c>.</param>
    /// <param name="path">Path of the database file; created when missing.</param>
    /// <param name="configure">Adjusts the store settings.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder UseSqliteStore(this ScenariosBuilder builder, string path, Action<SqliteScenarioStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var options = new SqliteScenarioStoreOptions { Path = path };
        configure?.Invoke(options);
        return builder.UseStore(_ => new SqliteScenarioStore(options));
    }
}
