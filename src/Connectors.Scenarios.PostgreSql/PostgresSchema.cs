namespace Connectors.Scenarios.PostgreSql;

/// <summary>
/// The tables of the store and the SQL that works on them; <c>@s</c> stands for the (validated) schema name.
/// Only the head (oldest) event of each (scenario, subject) is claimable; completing it hands the next one to the
/// same owner. Leases are on the database clock (<c>clock_timestamp()</c>), so hosts' clocks do not matter.
/// </summary>
internal static class PostgresSchema
{
    public const int Version = 1;

    /// <summary>Created idempotently under an advisory lock, so hosts starting together do not race.</summary>
    public const string Create = """
        SELECT pg_advisory_xact_lock(hashtextextended('connectors_scenarios.schema:@s', 0));
        CREATE SCHEMA IF NOT EXISTS @s;
        CREATE TABLE IF NOT EXISTS @s.schema_version (
            version    int         NOT NULL PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS @s.inbox (
            scenario    text        NOT NULL,
            dedupe_key  text        NOT NULL,
            received_at timestamptz NOT NULL,
            PRIMARY KEY (scenario, dedupe_key));
        CREATE INDEX IF NOT EXISTS inbox_received_at ON @s.inbox (received_at);
        CREATE TABLE IF NOT EXISTS @s.queue (
            seq         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            scenario    text        NOT NULL,
            subject     text,
            is_head     boolean     NOT NULL,
            enqueued_at timestamptz NOT NULL,
            envelope    text        NOT NULL,
            owner       text,
            lease_until timestamptz,
            deliveries  int         NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS queue_by_subject ON @s.queue (scenario, subject, seq) WHERE subject IS NOT NULL;
        CREATE INDEX IF NOT EXISTS queue_heads ON @s.queue (seq) WHERE is_head;
        CREATE TABLE IF NOT EXISTS @s.steps (
            scenario     text        NOT NULL,
            step         text        NOT NULL,
            key          text        NOT NULL,
            output       text,
            completed_at timestamptz NOT NULL,
            PRIMARY KEY (scenario, step, key));
        CREATE INDEX IF NOT EXISTS steps_completed_at ON @s.steps (completed_at);
        CREATE TABLE IF NOT EXISTS @s.dead_letters (
            id            text        NOT NULL PRIMARY KEY,
            scenario      text        NOT NULL,
            subject       text,
            step          text        NOT NULL,
            event_type    text        NOT NULL,
            error_type    text        NOT NULL,
            error_message text        NOT NULL,
            attempts      int         NOT NULL,
            transient     boolean     NOT NULL,
            failed_at     timestamptz NOT NULL,
            envelope      text        NOT NULL);
        CREATE INDEX IF NOT EXISTS dead_letters_failed_at ON @s.dead_letters (failed_at);
        CREATE TABLE IF NOT EXISTS @s.checkpoints (
            name  text        NOT NULL PRIMARY KEY,
            value text        NOT NULL,
            at    timestamptz);
        CREATE TABLE IF NOT EXISTS @s.singletons (
            name        text        NOT NULL PRIMARY KEY,
            owner       text        NOT NULL,
            lease_until timestamptz NOT NULL);
        INSERT INTO @s.schema_version (version) VALUES (1) ON CONFLICT DO NOTHING;
        """;

    /// <summary>Takes the subject locks of a batch in a fixed order (enqueue and replay against completion's hand-over).</summary>
    public const string LockSubjects = """
        SELECT count(pg_advisory_xact_lock(h)) FROM (
            SELECT DISTINCT hashtextextended(s || E'\n' || j, 0) AS h
            FROM unnest($1::text[], $2::text[]) AS t(s, j) WHERE j IS NOT NULL ORDER BY 1) x
        """;

    /// <summary>$1 scenarios, $2 subjects, $3 dedupe keys, $4 envelopes, $5 received at. Returns the count accepted.</summary>
    public const string Enqueue = """
        WITH e AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(sc, subj, k, env, ord)),
        ins AS (INSERT INTO @s.inbox (scenario, dedupe_key, received_at) SELECT sc, k, $5 FROM e ON CONFLICT DO NOTHING RETURNING scenario, dedupe_key),
        fresh AS (SELECT DISTINCT ON (e.sc, e.k) e.* FROM e JOIN ins ON ins.scenario = e.sc AND ins.dedupe_key = e.k ORDER BY e.sc, e.k, e.ord),
        q AS (INSERT INTO @s.queue (scenario, subject, is_head, enqueued_at, envelope)
              SELECT sc, subj,
                     subj IS NULL OR (is_first AND NOT EXISTS (SELECT 1 FROM @s.queue o WHERE o.scenario = f.sc AND o.subject = f.subj)),
                     $5, env
              FROM (SELECT fresh.*, row_number() OVER (PARTITION BY sc, subj ORDER BY ord) = 1 AS is_first FROM fresh) f
              ORDER BY ord RETURNING 1)
        SELECT count(*) FROM q
        """;

    /// <summary>$1 name, $2 value, $3 the value as a time (or null). A checkpoint never moves backwards.</summary>
    public const string SaveCheckpoint = """
        INSERT INTO @s.checkpoints AS c (name, value, at) VALUES ($1, $2, $3)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value, at = excluded.at
        WHERE c.at IS NULL OR excluded.at IS NULL OR excluded.at >= c.at
        """;

    /// <summary>$1 owner, $2 max count, $3 lease.</summary>
    public const string Claim = """
        WITH c AS (SELECT seq FROM @s.queue
                   WHERE is_head AND (lease_until IS NULL OR lease_until < clock_timestamp())
                   ORDER BY seq LIMIT $2 FOR UPDATE SKIP LOCKED)
        UPDATE @s.queue q SET owner = $1, lease_until = clock_timestamp() + $3, deliveries = q.deliveries + 1
        FROM c WHERE q.seq = c.seq
        RETURNING q.seq, q.scenario, q.enqueued_at, q.envelope
        """;

    /// <summary>$1 owner, $2 sequences, $3 lease. Returns the sequences still held.</summary>
    public const string Renew = """
        UPDATE @s.queue SET lease_until = clock_timestamp() + $3 WHERE seq = ANY($2) AND owner = $1 RETURNING seq
        """;

    /// <summary>$1 owner, $2 sequences.</summary>
    public const string Release = """
        UPDATE @s.queue SET owner = NULL, lease_until = NULL WHERE seq = ANY($2) AND owner = $1
        """;

    /// <summary>$1 sequence, $2 owner: the subject lock of an event the owner holds (none when it does not, or it has no subject).</summary>
    public const string LockOwnedSubject = """
        SELECT count(pg_advisory_xact_lock(hashtextextended(scenario || E'\n' || subject, 0)))
        FROM @s.queue WHERE seq = $1 AND owner = $2 AND subject IS NOT NULL
        """;

    /// <summary>$1 sequences, $2 owners: the subject locks of the events their owners hold, in a fixed order (as <see cref="LockSubjects"/>).</summary>
    public const string LockOwnedSubjects = """
        SELECT count(pg_advisory_xact_lock(h)) FROM (
            SELECT DISTINCT hashtextextended(q.scenario || E'\n' || q.subject, 0) AS h
            FROM unnest($1::bigint[], $2::text[]) AS t(seq, owner) JOIN @s.queue q ON q.seq = t.seq AND q.owner = t.owner
            WHERE q.subject IS NOT NULL ORDER BY 1) x
        """;

    /// <summary>
    /// $1 sequences (distinct), $2 owners, $3 leases: <see cref="Settle"/> for a group of completions, each fenced by
    /// its own owner. One row per request: its position (from 1), owned, then the next event handed to that owner or nulls.
    /// </summary>
    public const string CompleteGroup = """
        WITH i AS (SELECT * FROM unnest($1::bigint[], $2::text[], $3::interval[]) WITH ORDINALITY AS t(seq, owner, lease, ord)),
        d AS (DELETE FROM @s.queue q USING i WHERE q.seq = i.seq AND q.owner = i.owner RETURNING q.seq, q.scenario, q.subject),
        n AS (SELECT DISTINCT ON (d.scenario, d.subject) d.seq AS done, q.seq
              FROM d JOIN @s.queue q ON q.scenario = d.scenario AND q.subject = d.subject
              WHERE d.subject IS NOT NULL AND q.seq NOT IN (SELECT seq FROM d)
              ORDER BY d.scenario, d.subject, q.seq),
        u AS (UPDATE @s.queue q SET is_head = true, owner = i.owner, lease_until = clock_timestamp() + i.lease, deliveries = q.deliveries + 1
              FROM n JOIN i ON i.seq = n.done WHERE q.seq = n.seq
              RETURNING n.done, q.seq, q.scenario, q.enqueued_at, q.envelope)
        SELECT i.ord, d.seq IS NOT NULL, u.seq, u.scenario, u.enqueued_at, u.envelope
        FROM i LEFT JOIN d ON d.seq = i.seq LEFT JOIN u ON u.done = i.seq
        ORDER BY i.ord
        """;

    /// <summary>
    /// $1 sequence, $2 owner, $3 lease: deletes the owned event and hands the subject's next event to the owner.
    /// One row: owned (0 or 1), then the next event's columns or nulls. <c>@dead</c> is replaced by the dead-letter insert or nothing.
    /// </summary>
    public const string Settle = """
        WITH d AS (DELETE FROM @s.queue WHERE seq = $1 AND owner = $2 RETURNING scenario, subject, envelope)@dead,
        n AS (SELECT q.seq FROM @s.queue q JOIN d ON d.subject IS NOT NULL AND q.scenario = d.scenario AND q.subject = d.subject
              WHERE q.seq <> $1 ORDER BY q.seq LIMIT 1),
        u AS (UPDATE @s.queue q SET is_head = true, owner = $2, lease_until = clock_timestamp() + $3, deliveries = q.deliveries + 1
              FROM n WHERE q.seq = n.seq RETURNING q.seq, q.scenario, q.enqueued_at, q.envelope)
        SELECT (SELECT count(*) FROM d), u.seq, u.scenario, u.enqueued_at, u.envelope FROM (SELECT 1) one LEFT JOIN u ON true
        """;

    /// <summary>The dead-letter insert of <see cref="Settle"/>: $4 id, $5 step, $6 event type, $7 error type, $8 message, $9 attempts, $10 transient, $11 failed at.</summary>
    public const string DeadLetterInsert = """
        ,
        dl AS (INSERT INTO @s.dead_letters (id, scenario, subject, step, event_type, error_type, error_message, attempts, transient, failed_at, envelope)
               SELECT $4, d.scenario, d.subject, $5, $6, $7, $8, $9, $10, $11, d.envelope FROM d)
        """;

    /// <summary>$1 dead-letter ids, $2 requeued at: moves them to the end of the queue (no dedupe), heads computed per subject.</summary>
    public const string Replay = """
        WITH r AS (SELECT dl.*, row_number() OVER (ORDER BY dl.failed_at, dl.id) AS ord FROM @s.dead_letters dl WHERE dl.id = ANY($1)),
        gone AS (DELETE FROM @s.dead_letters WHERE id IN (SELECT id FROM r)),
        q AS (INSERT INTO @s.queue (scenario, subject, is_head, enqueued_at, envelope)
              SELECT r.scenario, r.subject,
                     r.subject IS NULL OR (r.is_first AND NOT EXISTS (SELECT 1 FROM @s.queue o WHERE o.scenario = r.scenario AND o.subject = r.subject)),
                     $2, r.envelope
              FROM (SELECT r.*, row_number() OVER (PARTITION BY r.scenario, r.subject ORDER BY r.ord) = 1 AS is_first FROM r) r
              ORDER BY r.ord RETURNING 1)
        SELECT count(*) FROM q
        """;

    /// <summary>$1 dead-letter ids: takes the subject locks of the dead letters before <see cref="Replay"/>, in a fixed order.</summary>
    public const string LockReplaySubjects = """
        SELECT count(pg_advisory_xact_lock(h)) FROM (
            SELECT DISTINCT hashtextextended(scenario || E'\n' || subject, 0) AS h
            FROM @s.dead_letters WHERE id = ANY($1) AND subject IS NOT NULL ORDER BY 1) x
        """;

    /// <summary>$1 name, $2 owner, $3 lease: takes or keeps a singleton; a row comes back when the owner holds it.</summary>
    public const string Hold = """
        INSERT INTO @s.singletons AS s (name, owner, lease_until) VALUES ($1, $2, clock_timestamp() + $3)
        ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
        WHERE s.owner = excluded.owner OR s.lease_until < clock_timestamp()
        RETURNING owner
        """;

    /// <summary>Checks that the per-subject invariant holds: exactly one head per subject, and it is the oldest. Returns the count of bad subjects.</summary>
    public const string BadSubjects = """
        SELECT count(*) FROM (
            SELECT scenario, subject, count(*) FILTER (WHERE is_head) AS heads,
                   bool_or(is_head AND seq <> (SELECT min(seq) FROM @s.queue q2 WHERE q2.scenario = q.scenario AND q2.subject = q.subject)) AS wrong
            FROM @s.queue q WHERE subject IS NOT NULL GROUP BY 1, 2) x
        WHERE heads <> 1 OR wrong
        """;
}
