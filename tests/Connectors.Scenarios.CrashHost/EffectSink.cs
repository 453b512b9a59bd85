using Microsoft.Data.Sqlite;

namespace Connectors.Scenarios.CrashHost;

/// <summary>
/// The "external system": a SQLite file that logs every invocation and applies each effect once per idempotency key
/// (as a vendor that honours an Idempotency-Key header would).
/// </summary>
internal sealed class EffectSink : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public EffectSink(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=false");
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS invocations (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL, event INTEGER NOT NULL, step TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS effects (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, event INTEGER NOT NULL, step TEXT NOT NULL, subject TEXT NOT NULL);
            """);
    }

    public void Apply(string idempotencyKey, int eventNumber, string step, string subject)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            Execute("INSERT INTO invocations (idempotency_key, event, step) VALUES ($k, $e, $s)", transaction, ("$k", idempotencyKey), ("$e", eventNumber), ("$s", step));
            Execute("INSERT INTO effects (idempotency_key, event, step, subject) VALUES ($k, $e, $s, $j) ON CONFLICT (idempotency_key) DO NOTHING", transaction, ("$k", idempotencyKey), ("$e", eventNumber), ("$s", step), ("$j", subject));
            transaction.Commit();
        }

        // Progress for the test, which kills the process after a random number of effects.
        Console.WriteLine("effect");
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, SqliteTransaction? transaction = null, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
