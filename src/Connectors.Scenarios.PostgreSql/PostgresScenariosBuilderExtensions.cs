using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Connectors.Scenarios.PostgreSql;

/// <summary>Selects the PostgreSQL store for the scenarios engine: several hosts share one database.</summary>
public static class PostgresScenariosBuilderExtensions
{
    /// <summary>Keeps the engine's state in PostgreSQL, shared by every host that uses the same database and schema.</summary>
    /// <param name="builder">The builder from <c>AddScenarios</c>.</param>
    /// <param name="connectionString">An Npgsql connection string; the connection must not go through transaction pooling (advisory locks and LISTEN need a session).</param>
    /// <param name="configure">Adjusts the store settings.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder UsePostgresStore(this ScenariosBuilder builder, string connectionString, Action<PostgresScenarioStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = Options(configure);
        return Shared(builder).UseStore(_ => new PostgresScenarioStore(connectionString, options));
    }

    /// <summary>Keeps the engine's state in PostgreSQL through a data source the application already has.</summary>
    /// <param name="builder">The builder from <c>AddScenarios</c>.</param>
    /// <param name="dataSource">The data source; the store does not dispose it.</param>
    /// <param name="configure">Adjusts the store settings.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder UsePostgresStore(this ScenariosBuilder builder, NpgsqlDataSource dataSource, Action<PostgresScenarioStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(dataSource);
        var options = Options(configure);
        return Shared(builder).UseStore(_ => new PostgresScenarioStore(dataSource, options));
    }

    /// <summary>A host buffering 1024 events would hold that many claims (whole subjects) that other hosts cannot take: buffer a few per worker instead.</summary>
    private static ScenariosBuilder Shared(ScenariosBuilder builder)
    {
        builder.Services.PostConfigure<ScenarioOptions>(o =>
        {
            if (o.MaxBufferedEvents == ScenarioOptions.DefaultMaxBufferedEvents)
            {
                o.MaxBufferedEvents = 4 * o.MaxConcurrency;
            }
        });
        return builder;
    }

    private static PostgresScenarioStoreOptions Options(Action<PostgresScenarioStoreOptions>? configure)
    {
        var options = new PostgresScenarioStoreOptions();
        configure?.Invoke(options);
        options.Validate();
        return options;
    }
}
