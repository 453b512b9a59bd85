namespace Connectors.Scenarios.PostgreSql;

/// <summary>Settings of the PostgreSQL store.</summary>
public sealed class PostgresScenarioStoreOptions
{
    /// <summary>The schema that holds the store's tables; created when missing. Default <c>connectors_scenarios</c>.</summary>
    public string Schema { get; set; } = "connectors_scenarios";

    /// <summary>
    /// When <see langword="true"/>, every write waits for its WAL flush (<c>synchronous_commit=on</c>). By default
    /// only the writes that would lose data in a database crash wait for it (enqueue, dead-letter, replay,
    /// checkpoint); claims, renewals, completions, journal entries and singletons commit asynchronously, so a
    /// database crash (not a host crash) can at worst run an event or a journaled step again, which the step
    /// journal and the vendor's idempotency key absorb.
    /// </summary>
    public bool FlushEveryCommit { get; set; }

    /// <summary>Whether writes that add work send a NOTIFY, so idle hosts wake at once instead of at their next claim poll. Default <see langword="true"/>.</summary>
    public bool Notify { get; set; } = true;

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Schema, nameof(Schema));
        foreach (var c in Schema)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                throw new ArgumentException($"The schema name '{Schema}' may hold only lower-case letters, digits and '_'.", nameof(Schema));
            }
        }
    }
}
