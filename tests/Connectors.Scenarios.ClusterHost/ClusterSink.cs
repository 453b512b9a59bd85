using Npgsql;

namespace Connectors.Scenarios.ClusterHost;

/// <summary>
/// The "external system" of the cluster tests, in PostgreSQL: every invocation with its host and start and end on the
/// database clock, and each effect applied once per idempotency key (as a vendor honouring an Idempotency-Key would).
/// The test creates the tables.
/// </summary>
internal sealed class ClusterSink(string connectionString, string schema, string host) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async ValueTask ApplyAsync(string idempotencyKey, int eventNumber, string step, string subject, bool fail, CancellationToken cancellationToken)
    {
        await using var now = _dataSource.CreateCommand("SELECT clock_timestamp()");
        var started = (DateTime)(await now.ExecuteScalarAsync(cancellationToken))!;
        await Task.Delay(Random.Shared.Next(1, 4), cancellationToken);
        if (fail)
        {
            throw new InvalidOperationException($"event {eventNumber} is poisoned");
        }

        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(Command(
            $"INSERT INTO {schema}.invocations (idem_key, event, step, subject, host, started_at, ended_at) VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())",
            idempotencyKey, eventNumber, step, subject, host, started));
        batch.BatchCommands.Add(Command(
            $"INSERT INTO {schema}.effects (idem_key, event, step, subject, host) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (idem_key) DO NOTHING",
            idempotencyKey, eventNumber, step, subject, host));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        Console.WriteLine("effect");
    }

    public async IAsyncEnumerable<Order> PolledAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"INSERT INTO {schema}.polls (host, at) VALUES ($1, clock_timestamp())");
        command.Parameters.Add(new NpgsqlParameter { Value = host });
        await command.ExecuteNonQueryAsync(cancellationToken);
        Console.WriteLine("polled");
        yield break;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
