using System.Globalization;
using System.Text;
using System.Text.Json;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Storage;
using Microsoft.Data.Sqlite;

namespace Connectors.Scenarios.Sqlite;

/// <summary>
/// The durable embedded store: one SQLite file in WAL mode holding the inbox, queue, step journal, dead letters
/// and poll checkpoints. Each method is one transaction, so a crash leaves either all of it or none.
/// </summary>
/// <remarks>
/// One connection is shared and calls are serialized; SQLite writes one transaction at a time anyway, and this keeps
/// prepared statements warm. One process should own a file.
/// </remarks>
public sealed class SqliteScenarioStore : IScenarioStore, IAsyncDisposable, IDisposable
{
    private readonly SqliteScenarioStoreOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand? _insertInbox;
    private SqliteCommand? _insertQueue;
    private SqliteCommand? _fetch;
    private SqliteCommand? _complete;
    private SqliteCommand? _getStep;
    private SqliteCommand? _saveStep;
    private readonly List<long> _pendingCompletions = [];
    private readonly LocalClaims _claims = new();
    private readonly IEffectLock _notJournaled;
    private bool _disposed;

    /// <summary>Creates a store on the file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the database file.</param>
    public SqliteScenarioStore(string path)
        : this(new SqliteScenarioStoreOptions { Path = path })
    {
    }

    /// <summary>Creates a store.</summary>
    /// <param name="options">The settings.</param>
    public SqliteScenarioStore(SqliteScenarioStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        _options = options;
        _notJournaled = LocalClaims.EffectLock(this, null);
    }

    /// <inheritdoc />
    public async ValueTask<int> EnqueueAsync(IReadOnlyList<StoredEvent> events, PollCheckpoint? checkpoint, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var json = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            json[i] = JsonSerializer.Serialize(events[i].Envelope, SqliteJsonContext.Default.EventEnvelope);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = Open();
            using var transaction = connection.BeginTransaction();
            var at = receivedAt.ToUnixTimeMilliseconds();
            var accepted = 0;
            var inbox = _insertInbox!;
            var queue = _insertQueue!;
            inbox.Transaction = transaction;
            queue.Transaction = transaction;
            for (var i = 0; i < events.Count; i++)
            {
                inbox.Parameters[0].Value = events[i].Scenario;
                inbox.Parameters[1].Value = events[i].Envelope.EffectiveIdempotencyKey;
                inbox.Parameters[2].Value = at;
                if (inbox.ExecuteNonQuery() == 0)
                {
                    continue;
                }

                queue.Parameters[0].Value = events[i].Scenario;
                queue.Parameters[1].Value = at;
                queue.Parameters[2].Value = json[i];
                queue.ExecuteNonQuery();
                accepted++;
            }

            FlushCompletions(transaction);
            if (checkpoint is not null)
            {
                Execute(connection, transaction, "INSERT INTO checkpoints (name, value) VALUES ($p0, $p1) ON CONFLICT (name) DO UPDATE SET value = excluded.value", checkpoint.Name, checkpoint.Value);
            }

            transaction.Commit();
            _pendingCompletions.Clear();
            return accepted;
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>One process owns the file, so claims are kept in memory and never expire; a new store instance (a restart) claims every queued event again.</remarks>
    public async ValueTask<IReadOnlyList<QueuedEvent>> ClaimAsync(string owner, int maxCount, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CommitCompletions(Open());
            var fetch = _fetch!;
            var result = new List<QueuedEvent>();
            while (true)
            {
                var read = 0;
                fetch.Parameters[0].Value = _claims.Cursor;
                fetch.Parameters[1].Value = maxCount - result.Count;
                using (var reader = fetch.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        read++;
                        var sequence = reader.GetInt64(0);
                        if (_claims.TryClaim(sequence, owner))
                        {
                            result.Add(new QueuedEvent(sequence, reader.GetString(1), ReadEnvelope(reader.GetString(3)), FromUnix(reader.GetInt64(2))));
                        }
                    }
                }

                // Rows skipped as already claimed (after a release moved the cursor back) leave room: read on.
                if (read == 0 || result.Count >= maxCount)
                {
                    return result;
                }
            }
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> RenewAsync(string owner, IReadOnlyList<long> sequences, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _claims.Lost(owner, sequences);
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(string owner, IReadOnlyList<long> sequences, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _claims.Release(owner, sequences);
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The removal is batched with the store's next write (or 64 completions), which halves the commits per event.
    /// An event whose removal is lost in a crash runs again; its journaled steps are skipped.
    /// </remarks>
    public async ValueTask<Settled> CompleteAsync(long sequence, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_claims.TrySettle(sequence, owner))
            {
                return new Settled(false, null);
            }

            _pendingCompletions.Add(sequence);
            if (_pendingCompletions.Count >= 64)
            {
                CommitCompletions(Open());
            }

            return new Settled(true, null);
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>One process owns the file: nothing to lock across processes; the journal entry is read as <see cref="GetStepAsync"/> does.</remarks>
    public async ValueTask<IEffectLock> LockEffectAsync(string scenario, string step, string key, CancellationToken cancellationToken = default)
        => await GetStepAsync(scenario, step, key, cancellationToken).ConfigureAwait(false) is { } completed ? LocalClaims.EffectLock(this, completed) : _notJournaled;

    /// <inheritdoc />
    /// <remarks>One process owns the file: always granted.</remarks>
    public ValueTask<bool> TryHoldAsync(string name, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(true);

    /// <inheritdoc />
    /// <remarks>One process owns the file: never yields.</remarks>
    public IAsyncEnumerable<bool> WatchAsync(CancellationToken cancellationToken) => LocalClaims.NeverWakes(cancellationToken);

    /// <inheritdoc />
    public async ValueTask<long> CountQueuedAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = Open();
            CommitCompletions(connection);
            using var command = Command(connection, null, "SELECT COUNT(*) FROM queue");
            return (long)command.ExecuteScalar()!;
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<StepCompletion?> GetStepAsync(string scenario, string step, string key, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Open();
            var get = _getStep!;
            get.Parameters[0].Value = scenario;
            get.Parameters[1].Value = step;
            get.Parameters[2].Value = key;
            using var reader = get.ExecuteReader();
            return reader.Read()
                ? new StepCompletion(scenario, step, key, reader.IsDBNull(0) ? null : reader.GetString(0), FromUnix(reader.GetInt64(1)))
                : null;
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveStepAsync(StepCompletion completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = Open();
            using var transaction = connection.BeginTransaction();
            FlushCompletions(transaction);
            var save = _saveStep!;
            save.Transaction = transaction;
            save.Parameters[0].Value = completion.Scenario;
            save.Parameters[1].Value = completion.Step;
            save.Parameters[2].Value = completion.Key;
            save.Parameters[3].Value = (object?)completion.Output ?? DBNull.Value;
            save.Parameters[4].Value = completion.CompletedAt.ToUnixTimeMilliseconds();
            save.ExecuteNonQuery();
            transaction.Commit();
            _pendingCompletions.Clear();
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<Settled> DeadLetterAsync(long sequence, string owner, DeadLetter deadLetter, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        var envelope = JsonSerializer.Serialize(deadLetter.Envelope, SqliteJsonContext.Default.EventEnvelope);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = Open();
            if (!_claims.Holds(sequence, owner))
            {
                return new Settled(false, null);
            }

            using var transaction = connection.BeginTransaction();
            FlushCompletions(transaction);
            Execute(connection, transaction, "DELETE FROM queue WHERE seq = $p0", sequence);
            Execute(
                connection,
                transaction,
                """
                INSERT INTO dead_letters (id, scenario, step, event_type, error_type, error_message, attempts, transient, failed_at, envelope)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
                """,
                deadLetter.Id,
                deadLetter.Scenario,
                deadLetter.Step,
                deadLetter.Envelope.Type,
                deadLetter.ErrorType,
                deadLetter.ErrorMessage,
                deadLetter.Attempts,
                deadLetter.IsTransient ? 1 : 0,
                deadLetter.FailedAt.ToUnixTimeMilliseconds(),
                envelope);
            transaction.Commit();
            _pendingCompletions.Clear();
            _claims.TrySettle(sequence, owner);
            return new Settled(true, null);
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<DeadLetter?> GetDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync("WHERE id = $p0", [id], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DeadLetter>> QueryDeadLettersAsync(DeadLetterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("WHERE 1 = 1");
        var values = new List<object>();
        void Add(string column, string comparison, object? value)
        {
            if (value is not null)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND {column} {comparison} $p{values.Count}");
                values.Add(value);
            }
        }

        Add("scenario", "=", query.Scenario);
        Add("step", "=", query.Step);
        Add("event_type", "=", query.EventType);
        Add("error_type", "=", query.ErrorType);
        Add("failed_at", ">=", query.FailedFrom?.ToUnixTimeMilliseconds());
        Add("failed_at", "<", query.FailedBefore?.ToUnixTimeMilliseconds());
        where.Append(CultureInfo.InvariantCulture, $" ORDER BY failed_at, rowid LIMIT {Math.Max(query.Limit, 0)}");
        return await QueryAsync(where.ToString(), [.. values], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> ReplayAsync(IReadOnlyList<string> ids, DateTimeOffset requeuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = Open();
            using var transaction = connection.BeginTransaction();
            var replayed = 0;
            foreach (var id in ids)
            {
                var moved = Execute(
                    connection,
                    transaction,
                    "INSERT INTO queue (scenario, enqueued_at, envelope) SELECT scenario, $p1, envelope FROM dead_letters WHERE id = $p0",
                    id,
                    requeuedAt.ToUnixTimeMilliseconds());
                if (moved == 1)
                {
                    Execute(connection, transaction, "DELETE FROM dead_letters WHERE id = $p0", id);
                    replayed++;
                }
            }

            transaction.Commit();
            return replayed;
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = Command(Open(), null, "SELECT value FROM checkpoints WHERE name = $p0", name);
            return command.ExecuteScalar() as string;
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = Open();
            using var transaction = connection.BeginTransaction();
            var cutOff = olderThan.ToUnixTimeMilliseconds();
            Execute(connection, transaction, "DELETE FROM inbox WHERE received_at < $p0", cutOff);
            Execute(connection, transaction, "DELETE FROM steps WHERE completed_at < $p0", cutOff);
            transaction.Commit();
        }
        finally
        {
            Release();
        }
    }

    /// <summary>Closes the database file.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_connection is not null)
            {
                CommitCompletions(_connection);
            }

            foreach (var command in new[] { _insertInbox, _insertQueue, _fetch, _complete, _getStep, _saveStep })
            {
                command?.Dispose();
            }

            _connection?.Dispose();
            _connection = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the database file.</summary>
    /// <returns>A task that completes when the file is closed.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static EventEnvelope ReadEnvelope(string json)
        => JsonSerializer.Deserialize(json, SqliteJsonContext.Default.EventEnvelope)
            ?? throw new InvalidDataException("A stored envelope is null.");

    private static DateTimeOffset FromUnix(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(string.Create(CultureInfo.InvariantCulture, $"$p{i}"), values[i] ?? DBNull.Value);
        }

        return command;
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params object?[] values)
    {
        using var command = Command(connection, transaction, sql, values);
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"$p{i}"), null));
        }

        command.Prepare();
        return command;
    }

    private async ValueTask<IReadOnlyList<DeadLetter>> QueryAsync(string where, object[] values, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = Command(
                Open(),
                null,
                "SELECT id, scenario, step, error_type, error_message, attempts, transient, failed_at, envelope FROM dead_letters " + where,
                values);
            using var reader = command.ExecuteReader();
            var result = new List<DeadLetter>();
            while (reader.Read())
            {
                result.Add(new DeadLetter
                {
                    Id = reader.GetString(0),
                    Scenario = reader.GetString(1),
                    Step = reader.GetString(2),
                    ErrorType = reader.GetString(3),
                    ErrorMessage = reader.GetString(4),
                    Attempts = reader.GetInt32(5),
                    IsTransient = reader.GetInt64(6) != 0,
                    FailedAt = FromUnix(reader.GetInt64(7)),
                    Envelope = ReadEnvelope(reader.GetString(8)),
                });
            }

            return result;
        }
        finally
        {
            Release();
        }
    }

    private void Release() => _gate.Release();

    /// <summary>Deletes the deferred completions inside <paramref name="transaction"/>; the caller clears them after commit.</summary>
    private void FlushCompletions(SqliteTransaction transaction)
    {
        var complete = _complete!;
        complete.Transaction = transaction;
        foreach (var sequence in _pendingCompletions)
        {
            complete.Parameters[0].Value = sequence;
            complete.ExecuteNonQuery();
        }
    }

    private void CommitCompletions(SqliteConnection connection)
    {
        if (_pendingCompletions.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        FlushCompletions(transaction);
        transaction.Commit();
        _pendingCompletions.Clear();
    }

    private SqliteConnection Open()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_connection is not null)
        {
            return _connection;
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_options.Path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)_options.BusyTimeout.TotalSeconds,
        }.ToString());
        connection.Open();
        var synchronous = _options.FlushEveryCommit ? "FULL" : "NORMAL";
        Execute(connection, null, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds};");
        Execute(connection, null, SqliteSchema.Create);
        _insertInbox = Prepared(connection, "INSERT INTO inbox (scenario, dedupe_key, received_at) VALUES ($p0, $p1, $p2) ON CONFLICT DO NOTHING", 3);
        _insertQueue = Prepared(connection, "INSERT INTO queue (scenario, enqueued_at, envelope) VALUES ($p0, $p1, $p2)", 3);
        _fetch = Prepared(connection, "SELECT seq, scenario, enqueued_at, envelope FROM queue WHERE seq > $p0 ORDER BY seq LIMIT $p1", 2);
        _complete = Prepared(connection, "DELETE FROM queue WHERE seq = $p0", 1);
        _getStep = Prepared(connection, "SELECT output, completed_at FROM steps WHERE scenario = $p0 AND step = $p1 AND key = $p2", 3);
        _saveStep = Prepared(connection, "INSERT INTO steps (scenario, step, key, output, completed_at) VALUES ($p0, $p1, $p2, $p3, $p4) ON CONFLICT DO UPDATE SET output = excluded.output, completed_at = excluded.completed_at", 5);
        _connection = connection;
        return connection;
    }
}
