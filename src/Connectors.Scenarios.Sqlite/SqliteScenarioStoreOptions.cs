namespace Connectors.Scenarios.Sqlite;

/// <summary>Settings of the SQLite store.</summary>
public sealed class SqliteScenarioStoreOptions
{
    /// <summary>Path of the database file; created when missing (with its folder).</summary>
    public string Path { get; set; } = "scenarios.db";

    /// <summary>
    /// When <see langword="true"/>, every commit is flushed to disk (<c>synchronous=FULL</c>): state also survives a
    /// power cut, at a large cost in throughput. The default (<c>synchronous=NORMAL</c> with WAL) survives a crash or
    /// kill of the process, which is what the engine's exactly-once guarantees are tested against.
    /// </summary>
    public bool FlushEveryCommit { get; set; }

    /// <summary>How long to wait for the file lock held by another connection. Default 5 s.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
