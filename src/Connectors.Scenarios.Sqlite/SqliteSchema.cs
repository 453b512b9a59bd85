namespace Connectors.Scenarios.Sqlite;

/// <summary>The tables of the store: one file holds the inbox, the queue, the journal, the dead letters and the checkpoints.</summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS inbox (
            scenario    TEXT    NOT NULL,
            dedupe_key  TEXT    NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY (scenario, dedupe_key)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS inbox_received_at ON inbox (received_at);

        CREATE TABLE IF NOT EXISTS queue (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            scenario    TEXT    NOT NULL,
            enqueued_at INTEGER NOT NULL,
            envelope    TEXT    NOT NULL);

        CREATE TABLE IF NOT EXISTS steps (
            scenario     TEXT    NOT NULL,
            step         TEXT    NOT NULL,
            key          TEXT    NOT NULL,
            output       TEXT,
            completed_at INTEGER NOT NULL,
            PRIMARY KEY (scenario, step, key)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS steps_completed_at ON steps (completed_at);

        CREATE TABLE IF NOT EXISTS dead_letters (
            id            TEXT    NOT NULL PRIMARY KEY,
            scenario      TEXT    NOT NULL,
            step          TEXT    NOT NULL,
            event_type    TEXT    NOT NULL,
            error_type    TEXT    NOT NULL,
            error_message TEXT    NOT NULL,
            attempts      INTEGER NOT NULL,
            transient     INTEGER NOT NULL,
            failed_at     INTEGER NOT NULL,
            envelope      TEXT    NOT NULL);
        CREATE INDEX IF NOT EXISTS dead_letters_failed_at ON dead_letters (failed_at);

        CREATE TABLE IF NOT EXISTS checkpoints (
            name  TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL);
        """;
}
