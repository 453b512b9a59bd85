using Connectors.Scenarios.PostgreSql;
using Connectors.Scenarios.Tests.TestSupport;
using Npgsql;

namespace Connectors.Scenarios.Tests.Cluster;

/// <summary>A store schema and a sink schema of one cluster test, and the queries the assertions use.</summary>
internal sealed class ClusterSetup : IAsyncDisposable
{
    private ClusterSetup(string connectionString, NpgsqlDataSource dataSource, PostgresScenarioStore store, string storeSchema, TimeSpan lease, int subjects)
    {
        ConnectionString = connectionString;
        DataSource = dataSource;
        Store = store;
        StoreSchema = storeSchema;
        SinkSchema = storeSchema + "_sink";
        Lease = lease;
        Subjects = subjects;
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; private set; }

    /// <summary>The test's own view of the shared store (queue length, dead letters, invariant).</summary>
    public PostgresScenarioStore Store { get; private set; }

    public string StoreSchema { get; }

    public string SinkSchema { get; }

    public TimeSpan Lease { get; }

    public int Subjects { get; }

    public static async Task<ClusterSetup> CreateAsync(TimeSpan lease, int subjects)
    {
        var connection = await PostgresServer.ConnectionStringAsync();
        var schema = PostgresServer.NewSchema();
        var store = await PostgresServer.NewStoreAsync(schema);
        var dataSource = NpgsqlDataSource.Create(connection);
        var setup = new ClusterSetup(connection, dataSource, store, schema, lease, subjects);
        await setup.ExecuteAsync($"""
            CREATE SCHEMA {setup.SinkSchema};
            CREATE TABLE {setup.SinkSchema}.invocations (id bigserial PRIMARY KEY, idem_key text NOT NULL, event int NOT NULL, step text NOT NULL,
                subject text NOT NULL, host text NOT NULL, started_at timestamptz NOT NULL, ended_at timestamptz NOT NULL);
            CREATE TABLE {setup.SinkSchema}.effects (idem_key text PRIMARY KEY, event int NOT NULL, step text NOT NULL, subject text NOT NULL, host text NOT NULL);
            CREATE TABLE {setup.SinkSchema}.polls (id bigserial PRIMARY KEY, host text NOT NULL, at timestamptz NOT NULL);
            """);
        return setup;
    }

    /// <summary>Drops the test's own pooled connections (after a server restart killed them) and opens new ones.</summary>
    public async Task ReconnectAsync()
    {
        await Store.DisposeAsync();
        await DataSource.DisposeAsync();
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        Store = await PostgresServer.NewStoreAsync(StoreSchema);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<DateTime> NowAsync()
    {
        await using var command = DataSource.CreateCommand("SELECT clock_timestamp()");
        return (DateTime)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM {SinkSchema}.{table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<List<Invocation>> InvocationsAsync()
    {
        await using var command = DataSource.CreateCommand($"SELECT event, step, subject, host, started_at, ended_at FROM {SinkSchema}.invocations ORDER BY started_at, id");
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<Invocation>();
        while (await reader.ReadAsync())
        {
            result.Add(new Invocation(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDateTime(4), reader.GetDateTime(5)));
        }

        return result;
    }

    public async Task<List<(int Event, string Step, string Host)>> EffectsAsync()
    {
        await using var command = DataSource.CreateCommand($"SELECT event, step, host FROM {SinkSchema}.effects");
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<(int, string, string)>();
        while (await reader.ReadAsync())
        {
            result.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        return result;
    }

    public async Task<List<(string Host, DateTime At)>> PollsAsync()
    {
        await using var command = DataSource.CreateCommand($"SELECT host, at FROM {SinkSchema}.polls ORDER BY at, id");
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<(string, DateTime)>();
        while (await reader.ReadAsync())
        {
            result.Add((reader.GetString(0), reader.GetDateTime(1)));
        }

        return result;
    }

    /// <summary>Waits until <paramref name="effects"/> effects are in the sink and the queue is empty, up to <paramref name="timeout"/>.</summary>
    public async Task WaitUntilDoneAsync(long effects, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await CountAsync("effects") < effects || await Store.CountQueuedAsync() > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out: {await CountAsync("effects")} of {effects} effects, {await Store.CountQueuedAsync()} events still queued");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {SinkSchema} CASCADE; DROP SCHEMA IF EXISTS {StoreSchema} CASCADE");
        await Store.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}

/// <summary>One call of a step, as the sink saw it (times on the database clock).</summary>
internal sealed record Invocation(int Event, string Step, string Subject, string Host, DateTime StartedAt, DateTime EndedAt);
