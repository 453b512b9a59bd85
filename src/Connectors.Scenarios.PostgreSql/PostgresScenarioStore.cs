using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Connectors.Scenarios.PostgreSql;

/// <summary>
/// The shared store: the inbox, queue, step journal, dead letters, checkpoints and singletons in one PostgreSQL
/// schema, used by every host that points at it. Hosts compete for events row by row (<c>FOR UPDATE SKIP LOCKED</c>);
/// only the oldest event of each (scenario, subject) can be claimed, and completing it hands the next one to the same
/// host. Leases are on the database clock; completion and dead-lettering are fenced by owner. Effects are locked
/// across hosts with advisory locks, wake-ups travel by LISTEN/NOTIFY.
/// </summary>
/// <remarks>
/// Connections must be real sessions (no transaction pooling): the effect lock and LISTEN live on a session.
/// Each write is one round trip (an implicit transaction of a statement batch).
/// </remarks>
public sealed class PostgresScenarioStore : IScenarioStore, IAsyncDisposable
{
    /// <summary>The <c>Max Auto Prepare</c> set on a connection string that does not set it: room for every statement the store sends.</summary>
    private const int AutoPreparedStatements = 32;

    /// <summary>The most completions committed together in one round trip.</summary>
    private const int MaxCompletionGroup = 256;

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly PostgresScenarioStoreOptions _options;
    private readonly string _channel;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly Sql _sql;
    private readonly GroupCommit<Completion, Settled> _completions;

    /// <summary>Whether the store's sessions commit asynchronously by default (set on the connection string it built), so only durable writes say otherwise.</summary>
    private readonly bool _sessionAsync;
    private volatile bool _schemaReady;

    /// <summary>
    /// Creates a store on a connection string (the store owns the data source it builds). Unless the string sets
    /// them: the store's statements are prepared on each connection after their first few uses
    /// (<c>Max Auto Prepare=32</c>), so the server does not parse and plan them for every event; and a connection
    /// going back to the pool is not reset (<c>No Reset On Close=true</c>: the store leaves no session state behind,
    /// and the reset costs the server seven statements per use). Set them on a data source of your own for the same.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    public PostgresScenarioStore(string connectionString, PostgresScenarioStoreOptions? options = null)
        : this(NpgsqlDataSource.Create(Tuned(connectionString, options ?? new PostgresScenarioStoreOptions())), options, ownsDataSource: true)
    {
    }

    /// <summary>Creates a store on a data source that the caller owns.</summary>
    /// <param name="dataSource">The data source.</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    public PostgresScenarioStore(NpgsqlDataSource dataSource, PostgresScenarioStoreOptions? options = null)
        : this(dataSource, options, ownsDataSource: false)
    {
    }

    private PostgresScenarioStore(NpgsqlDataSource dataSource, PostgresScenarioStoreOptions? options, bool ownsDataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _options = options ?? new PostgresScenarioStoreOptions();
        _options.Validate();
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _sessionAsync = ownsDataSource && !_options.FlushEveryCommit;
        _channel = _options.Schema + "_work";
        _sql = new Sql(_options.Schema);
        _completions = new GroupCommit<Completion, Settled>(CompleteGroupAsync, MaxCompletionGroup);
    }

    /// <summary>The schema version this store writes (kept in the <c>schema_version</c> table).</summary>
    public static int SchemaVersion => PostgresSchema.Version;

    /// <summary>Creates the schema when missing (idempotent; also done on first use).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the schema exists.</returns>
    public async ValueTask EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await using var command = new NpgsqlCommand(_sql.Create, connection, transaction);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>Counts subjects whose queue breaks the ordering invariant (not exactly one head, or a head that is not the oldest). Always 0 unless the store is broken.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    public async ValueTask<long> CountBrokenSubjectsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.BadSubjects);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async ValueTask<int> EnqueueAsync(IReadOnlyList<StoredEvent> events, PollCheckpoint? checkpoint, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var scenarios = new string[events.Count];
        var subjects = new string?[events.Count];
        var keys = new string[events.Count];
        var envelopes = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            scenarios[i] = events[i].Scenario;
            subjects[i] = events[i].Envelope.Subject;
            keys[i] = events[i].Envelope.EffectiveIdempotencyKey;
            envelopes[i] = JsonSerializer.Serialize(events[i].Envelope, PostgresJsonContext.Default.EventEnvelope);
        }

        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (events.Count == 0 && checkpoint is null)
            {
                return 0;
            }

            await using var batch = Durable(connection);
            var lockAt = batch.BatchCommands.Count;
            if (events.Count > 0)
            {
                Add(batch, _sql.LockSubjects, Text(scenarios), Text(subjects));
                Add(batch, _sql.Enqueue, Text(scenarios), Text(subjects), Text(keys), Text(envelopes), Utc(receivedAt));
            }

            if (checkpoint is not null)
            {
                DateTimeOffset? at = DateTimeOffset.TryParse(checkpoint.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;
                Add(batch, _sql.SaveCheckpoint, new NpgsqlParameter { Value = checkpoint.Name }, new NpgsqlParameter { Value = checkpoint.Value }, new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = at is { } value ? value.ToUniversalTime() : DBNull.Value });
            }

            var notify = _options.Notify && events.Count > 0;
            if (notify)
            {
                Add(batch, "SELECT pg_notify($1, '')", new NpgsqlParameter { Value = _channel });
            }

            var accepted = 0;
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (events.Count > 0)
            {
                await SkipAsync(reader, lockAt + 1, cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                accepted = (int)reader.GetInt64(0);
            }

            return accepted;
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<QueuedEvent>> ClaimAsync(string owner, int maxCount, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Cheap(connection);
            Add(batch, _sql.Claim, new NpgsqlParameter { Value = owner }, new NpgsqlParameter { Value = maxCount }, new NpgsqlParameter { Value = lease });
            var result = new List<QueuedEvent>();
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await SkipToLastAsync(reader, batch, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(ReadQueued(reader, 0));
            }

            result.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
            return result;
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> RenewAsync(string owner, IReadOnlyList<long> sequences, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Cheap(connection);
            Add(batch, _sql.Renew, new NpgsqlParameter { Value = owner }, new NpgsqlParameter { Value = sequences.ToArray() }, new NpgsqlParameter { Value = lease });
            var held = new HashSet<long>();
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await SkipToLastAsync(reader, batch, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                held.Add(reader.GetInt64(0));
            }

            return [.. sequences.Where(s => !held.Contains(s))];
        }
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(string owner, IReadOnlyList<long> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            return;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Cheap(connection);
            Add(batch, _sql.Release, new NpgsqlParameter { Value = owner }, new NpgsqlParameter { Value = sequences.ToArray() });
            if (_options.Notify)
            {
                Add(batch, "SELECT pg_notify($1, '')", new NpgsqlParameter { Value = _channel });
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Completions are committed in groups: those that arrive while an earlier group is on its way to the server go
    /// together in the next round trip and transaction (each fenced by its own owner, each with its own hand-over).
    /// </remarks>
    public async ValueTask<Settled> CompleteAsync(long sequence, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await _completions.SendAsync(new Completion(sequence, owner, lease), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes a group of events in one round trip: the owned ones' subject locks in a fixed order, then every delete and hand-over in one statement.</summary>
    private async Task<Settled[]> CompleteGroupAsync(IReadOnlyList<Completion> group)
    {
        var results = new Settled[group.Count];
        var sequences = new long[group.Count];
        var owners = new string[group.Count];
        var leases = new TimeSpan[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            (sequences[i], owners[i], leases[i]) = group[i];
        }

        if (sequences.Distinct().Count() != sequences.Length)
        {
            // The same event twice in one group (a caller retrying): one statement would report both as owned. Settle them one by one.
            for (var i = 0; i < group.Count; i++)
            {
                results[i] = (await CompleteGroupAsync([group[i]]).ConfigureAwait(false))[0];
            }

            return results;
        }

        var connection = await _dataSource.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Cheap(connection);
            Add(batch, _sql.LockOwnedSubjects, new NpgsqlParameter { Value = sequences }, new NpgsqlParameter { Value = owners });
            Add(batch, _sql.CompleteGroup, new NpgsqlParameter { Value = sequences }, new NpgsqlParameter { Value = owners }, new NpgsqlParameter { Value = leases });
            await using var reader = await batch.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false);
            await SkipToLastAsync(reader, batch, CancellationToken.None).ConfigureAwait(false);
            while (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var owned = reader.GetBoolean(1);
                results[(int)reader.GetInt64(0) - 1] = new Settled(owned, !owned || reader.IsDBNull(2) ? null : ReadQueued(reader, 2));
            }

            return results;
        }
    }

    /// <inheritdoc />
    public async ValueTask<Settled> DeadLetterAsync(long sequence, string owner, DeadLetter deadLetter, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Durable(connection);
            return await SettleAsync(batch, _sql.DeadLetter, sequence, owner, lease, deadLetter, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// A session advisory lock on a connection held until the lock is saved or disposed (the server frees it if the
    /// host dies). Taking it and reading the journal is one round trip; so is saving: the journal entry is committed,
    /// then the lock released.
    /// </remarks>
    public async ValueTask<IEffectLock> LockEffectAsync(string scenario, string step, string key, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var held = new EffectLock(this, connection, scenario + "\n" + step, key);
        try
        {
            await using var batch = new NpgsqlBatch(connection);
            Add(batch, "SELECT pg_advisory_lock(hashtext($1), hashtext($2))", new NpgsqlParameter { Value = held.First }, new NpgsqlParameter { Value = key });

            // Read committed: this statement's snapshot is taken after the lock is granted, so it sees the last holder's entry.
            Add(batch, _sql.GetStep, new NpgsqlParameter { Value = scenario }, new NpgsqlParameter { Value = step }, new NpgsqlParameter { Value = key });
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            held.Completed = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new StepCompletion(scenario, step, key, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1))
                : null;
            return held;
        }
        catch
        {
            // Cancelled or failed, perhaps after the lock was granted: release it (if held) before the connection goes back to the pool.
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHoldAsync(string name, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Cheap(connection);
            Add(batch, _sql.Hold, new NpgsqlParameter { Value = name }, new NpgsqlParameter { Value = owner }, new NpgsqlParameter { Value = lease });
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await SkipToLastAsync(reader, batch, cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// LISTENs on its own connection. Yields once right after (re)connecting, since a wake-up may have been missed
    /// while it was not listening; the runner retries when the connection breaks.
    /// </remarks>
    public async IAsyncEnumerable<bool> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using (var listen = new NpgsqlCommand("LISTEN " + _channel, connection))
            {
                await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                yield return true;
                while (true)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                    yield return true;
                }
            }
            finally
            {
                await UnlistenAsync(connection).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<long> CountQueuedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.CountQueued);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async ValueTask<StepCompletion?> GetStepAsync(string scenario, string step, string key, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.GetStep);
        command.Parameters.Add(new NpgsqlParameter { Value = scenario });
        command.Parameters.Add(new NpgsqlParameter { Value = step });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StepCompletion(scenario, step, key, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1))
            : null;
    }

    /// <inheritdoc />
    public async ValueTask SaveStepAsync(StepCompletion completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Cheap(connection);
            Add(
                batch,
                _sql.SaveStep,
                new NpgsqlParameter { Value = completion.Scenario },
                new NpgsqlParameter { Value = completion.Step },
                new NpgsqlParameter { Value = completion.Key },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)completion.Output ?? DBNull.Value },
                Utc(completion.CompletedAt));
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<DeadLetter?> GetDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync("WHERE id = $1", [new NpgsqlParameter { Value = id }], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DeadLetter>> QueryDeadLettersAsync(DeadLetterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("WHERE true");
        var values = new List<NpgsqlParameter>();
        void Add(string column, string comparison, object? value)
        {
            if (value is not null)
            {
                values.Add(new NpgsqlParameter { Value = value });
                where.Append(CultureInfo.InvariantCulture, $" AND {column} {comparison} ${values.Count}");
            }
        }

        Add("scenario", "=", query.Scenario);
        Add("step", "=", query.Step);
        Add("event_type", "=", query.EventType);
        Add("error_type", "=", query.ErrorType);
        Add("failed_at", ">=", query.FailedFrom?.ToUniversalTime());
        Add("failed_at", "<", query.FailedBefore?.ToUniversalTime());
        where.Append(CultureInfo.InvariantCulture, $" ORDER BY failed_at, id LIMIT {Math.Max(query.Limit, 0)}");
        return await QueryAsync(where.ToString(), values, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> ReplayAsync(IReadOnlyList<string> ids, DateTimeOffset requeuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Durable(connection);
            var lockAt = batch.BatchCommands.Count;
            Add(batch, _sql.LockReplaySubjects, new NpgsqlParameter { Value = ids.ToArray() });
            Add(batch, _sql.Replay, new NpgsqlParameter { Value = ids.ToArray() }, Utc(requeuedAt));
            if (_options.Notify)
            {
                Add(batch, "SELECT pg_notify($1, '')", new NpgsqlParameter { Value = _channel });
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await SkipAsync(reader, lockAt + 1, cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return (int)reader.GetInt64(0);
        }
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.GetCheckpoint);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc />
    public async ValueTask PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var batch = Cheap(connection);
            Add(batch, _sql.PurgeInbox, Utc(olderThan));
            Add(batch, _sql.PurgeSteps, Utc(olderThan));
            Add(batch, _sql.PurgeSingletons);
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Disposes the data source when the store created it.</summary>
    /// <returns>A task that completes when it is disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }

        _schemaGate.Dispose();
    }

    private static string Tuned(string connectionString, PostgresScenarioStoreOptions options)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!options.FlushEveryCommit)
        {
            // Most writes commit without waiting for the WAL flush: say so once per session instead of once per write.
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c synchronous_commit=off" : builder.Options + " -c synchronous_commit=off";
        }

        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        // Npgsql's builder reports every known keyword as present: ask a plain one whether the string sets it.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Leaves the session as it found it before the connection goes back to the pool (which does not reset it).</summary>
    private static async ValueTask UnlistenAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The session is broken (it will not go back to the pool), and its LISTEN is gone with it.
        }
    }

    private static NpgsqlParameter Text(string?[] values) => new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = values };

    private static NpgsqlParameter Utc(DateTimeOffset value) => new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value.ToUniversalTime() };

    private static void Add(NpgsqlBatch batch, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        batch.BatchCommands.Add(command);
    }

    /// <summary>A batch whose commit does not wait for the WAL flush (unless every commit must be flushed).</summary>
    private NpgsqlBatch Cheap(NpgsqlConnection connection)
    {
        var batch = new NpgsqlBatch(connection);
        CheapCommit(batch);
        return batch;
    }

    /// <summary>Lets this transaction commit without waiting for the WAL flush, unless the session does so already or every commit must be flushed.</summary>
    private void CheapCommit(NpgsqlBatch batch)
    {
        if (!_options.FlushEveryCommit && !_sessionAsync)
        {
            Add(batch, "SELECT set_config('synchronous_commit', 'off', true)");
        }
    }

    /// <summary>A batch whose commit waits for the WAL flush (the store's sessions may commit asynchronously by default).</summary>
    private NpgsqlBatch Durable(NpgsqlConnection connection)
    {
        var batch = new NpgsqlBatch(connection);
        if (_sessionAsync)
        {
            Add(batch, "SELECT set_config('synchronous_commit', 'on', true)");
        }

        return batch;
    }

    private static async ValueTask SkipAsync(NpgsqlDataReader reader, int results, CancellationToken cancellationToken)
    {
        for (var i = 0; i < results; i++)
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask SkipToLastAsync(NpgsqlDataReader reader, NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        for (var i = 1; i < batch.BatchCommands.Count; i++)
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static QueuedEvent ReadQueued(NpgsqlDataReader reader, int first)
        => new(reader.GetInt64(first), reader.GetString(first + 1), ReadEnvelope(reader.GetString(first + 3)), reader.GetFieldValue<DateTimeOffset>(first + 2));

    private static EventEnvelope ReadEnvelope(string json)
        => JsonSerializer.Deserialize(json, PostgresJsonContext.Default.EventEnvelope)
            ?? throw new InvalidDataException("A stored envelope is null.");

    private async ValueTask<Settled> SettleAsync(NpgsqlBatch batch, string sql, long sequence, string owner, TimeSpan lease, DeadLetter? deadLetter, CancellationToken cancellationToken)
    {
        Add(batch, _sql.LockOwnedSubject, new NpgsqlParameter { Value = sequence }, new NpgsqlParameter { Value = owner });
        var parameters = new List<NpgsqlParameter>
        {
            new() { Value = sequence },
            new() { Value = owner },
            new() { Value = lease },
        };
        if (deadLetter is not null)
        {
            parameters.Add(new() { Value = deadLetter.Id });
            parameters.Add(new() { Value = deadLetter.Step });
            parameters.Add(new() { Value = deadLetter.Envelope.Type });
            parameters.Add(new() { Value = deadLetter.ErrorType });
            parameters.Add(new() { Value = deadLetter.ErrorMessage });
            parameters.Add(new() { Value = deadLetter.Attempts });
            parameters.Add(new() { Value = deadLetter.IsTransient });
            parameters.Add(Utc(deadLetter.FailedAt));
        }

        Add(batch, sql, [.. parameters]);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await SkipToLastAsync(reader, batch, cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var owned = reader.GetInt64(0) > 0;
        var next = !owned || reader.IsDBNull(1) ? null : ReadQueued(reader, 1);
        return new Settled(owned, next);
    }

    private async ValueTask<IReadOnlyList<DeadLetter>> QueryAsync(string where, IReadOnlyList<NpgsqlParameter> values, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(_sql.SelectDeadLetters + " " + where);
        foreach (var value in values)
        {
            command.Parameters.Add(value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new DeadLetter
            {
                Id = reader.GetString(0),
                Scenario = reader.GetString(1),
                Step = reader.GetString(2),
                ErrorType = reader.GetString(3),
                ErrorMessage = reader.GetString(4),
                Attempts = reader.GetInt32(5),
                IsTransient = reader.GetBoolean(6),
                FailedAt = reader.GetFieldValue<DateTimeOffset>(7),
                Envelope = ReadEnvelope(reader.GetString(8)),
            });
        }

        return result;
    }

    /// <summary>One caller's completion, waiting to be committed with others.</summary>
    private readonly record struct Completion(long Sequence, string Owner, TimeSpan Lease);

    /// <summary>The SQL with the schema name in place.</summary>
    private sealed class Sql(string schema)
    {
        public string Create { get; } = In(PostgresSchema.Create, schema);

        public string LockSubjects { get; } = In(PostgresSchema.LockSubjects, schema);

        public string Enqueue { get; } = In(PostgresSchema.Enqueue, schema);

        public string SaveCheckpoint { get; } = In(PostgresSchema.SaveCheckpoint, schema);

        public string Claim { get; } = In(PostgresSchema.Claim, schema);

        public string Renew { get; } = In(PostgresSchema.Renew, schema);

        public string Release { get; } = In(PostgresSchema.Release, schema);

        public string LockOwnedSubject { get; } = In(PostgresSchema.LockOwnedSubject, schema);

        public string LockOwnedSubjects { get; } = In(PostgresSchema.LockOwnedSubjects, schema);

        public string CompleteGroup { get; } = In(PostgresSchema.CompleteGroup, schema);

        public string DeadLetter { get; } = In(PostgresSchema.Settle.Replace("@dead", PostgresSchema.DeadLetterInsert, StringComparison.Ordinal), schema);

        public string LockReplaySubjects { get; } = In(PostgresSchema.LockReplaySubjects, schema);

        public string Replay { get; } = In(PostgresSchema.Replay, schema);

        public string Hold { get; } = In(PostgresSchema.Hold, schema);

        public string BadSubjects { get; } = In(PostgresSchema.BadSubjects, schema);

        public string CountQueued { get; } = In("SELECT count(*) FROM @s.queue", schema);

        public string GetStep { get; } = In("SELECT output, completed_at FROM @s.steps WHERE scenario = $1 AND step = $2 AND key = $3", schema);

        public string SaveStep { get; } = In(
            "INSERT INTO @s.steps (scenario, step, key, output, completed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (scenario, step, key) DO UPDATE SET output = excluded.output, completed_at = excluded.completed_at",
            schema);

        public string GetCheckpoint { get; } = In("SELECT value FROM @s.checkpoints WHERE name = $1", schema);

        public string SelectDeadLetters { get; } = In("SELECT id, scenario, step, error_type, error_message, attempts, transient, failed_at, envelope FROM @s.dead_letters", schema);

        public string PurgeInbox { get; } = In("DELETE FROM @s.inbox WHERE received_at < $1", schema);

        public string PurgeSteps { get; } = In("DELETE FROM @s.steps WHERE completed_at < $1", schema);

        public string PurgeSingletons { get; } = In("DELETE FROM @s.singletons WHERE lease_until < clock_timestamp() - interval '1 day'", schema);

        private static string In(string sql, string schema) => sql.Replace("@s", schema, StringComparison.Ordinal);
    }

    /// <summary>A held session advisory lock; saving journals and unlocks, disposing unlocks if not saved; then the connection goes back to the pool.</summary>
    private sealed class EffectLock(PostgresScenarioStore store, NpgsqlConnection connection, string first, string second) : IEffectLock
    {
        private const string Unlock = "SELECT pg_advisory_unlock(hashtext($1), hashtext($2))";
        private bool _released;
        private bool _failedSave;

        public string First => first;

        public StepCompletion? Completed { get; set; }

        public async ValueTask SaveAsync(StepCompletion completion, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(completion);
            await using var batch = new NpgsqlBatch(connection);

            // The unlock follows the COMMIT: the next holder must find the entry committed.
            Add(batch, "BEGIN");
            store.CheapCommit(batch);

            Add(
                batch,
                store._sql.SaveStep,
                new NpgsqlParameter { Value = completion.Scenario },
                new NpgsqlParameter { Value = completion.Step },
                new NpgsqlParameter { Value = completion.Key },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)completion.Output ?? DBNull.Value },
                Utc(completion.CompletedAt));
            Add(batch, "COMMIT");
            Add(batch, Unlock, new NpgsqlParameter { Value = first }, new NpgsqlParameter { Value = second });
            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _released = true;
            }
            catch
            {
                _failedSave = true;
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_released && connection.State == System.Data.ConnectionState.Open)
                {
                    await using var batch = new NpgsqlBatch(connection);
                    if (_failedSave)
                    {
                        // The save's transaction may still be open (and failed): end it before unlocking.
                        Add(batch, "ROLLBACK");
                    }

                    Add(batch, Unlock, new NpgsqlParameter { Value = first }, new NpgsqlParameter { Value = second });
                    await batch.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (NpgsqlException)
            {
                // The session is gone, and the server released its locks with it.
            }
            finally
            {
                _released = true;
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
