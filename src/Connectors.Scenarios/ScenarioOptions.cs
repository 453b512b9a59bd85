namespace Connectors.Scenarios;

/// <summary>Runtime settings of the scenarios engine.</summary>
public sealed class ScenarioOptions
{
    /// <summary>How many events run at the same time (events of one subject always run one after another). Default 8.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>The default of <see cref="MaxBufferedEvents"/>.</summary>
    public const int DefaultMaxBufferedEvents = 1024;

    /// <summary>
    /// How many events the runner holds in memory at most, running or waiting behind their subject. Default 1024.
    /// With a store shared by several hosts every held event is a claim other hosts cannot take, so keep it to a few
    /// times <see cref="MaxConcurrency"/> there (the PostgreSQL store sets 4 × <see cref="MaxConcurrency"/> when this is left at its default).
    /// </summary>
    public int MaxBufferedEvents { get; set; } = DefaultMaxBufferedEvents;

    /// <summary>How many events the runner reads from the store at once. Default 256.</summary>
    public int FetchBatchSize { get; set; } = 256;

    /// <summary>
    /// Names this host in the store's claims. Default: machine name, process id and a random suffix. Hosts that share
    /// a store (PostgreSQL) must have different ids.
    /// </summary>
    public string HostId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>
    /// How long a claim on an event (and a poller or purge singleton) holds without renewal, on the store's clock.
    /// The runner renews every third of it; a host that could not renew for most of it stops before its next
    /// journaled step, because another host may have taken the event over. Only a shared store lets leases expire.
    /// Default 30 s.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an idle runner asks the store for work without being woken (a fallback for lost wake-ups from other
    /// hosts). Default 1 s.
    /// </summary>
    public TimeSpan ClaimPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>In-process retries of a step that fails transiently.</summary>
    public ScenarioRetryOptions Retry { get; } = new();

    /// <summary>
    /// How long duplicate detection and the step journal remember an event or completed step. Default 7 days.
    /// A dead letter replayed later than this may repeat steps it had completed, unless its actions use
    /// <see cref="Runtime.StepContext.IdempotencyKey"/> with the target system.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often entries older than <see cref="Retention"/> are purged. Default 10 minutes.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest payload (in characters) the inbox accepts. Default 1,048,576.</summary>
    public int MaxPayloadLength { get; set; } = 1_048_576;

    /// <summary>Whether the runner starts the poll triggers on their schedule. Default <see langword="true"/>.</summary>
    public bool RunPollers { get; set; } = true;

    /// <summary>
    /// Decides whether a failure is transient (retried) or permanent (dead-lettered at once). When
    /// <see langword="null"/>, <see cref="TransientFailures.IsTransient"/> decides.
    /// </summary>
    public Func<Exception, bool>? IsTransient { get; set; }

    /// <summary>
    /// How long one attempt of a step may run (default 5 minutes). A step still running then is cancelled and
    /// abandoned, and the attempt fails with a <see cref="TimeoutException"/>: transient, so it is retried and then
    /// dead-lettered, and the event's subject is free again. <see cref="Timeout.InfiniteTimeSpan"/> turns the deadline off.
    /// </summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromMinutes(5);

    internal void Validate()
    {
        if (StepTimeout != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StepTimeout, TimeSpan.Zero, nameof(StepTimeout));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBufferedEvents, MaxConcurrency, nameof(MaxBufferedEvents));
        ArgumentOutOfRangeException.ThrowIfLessThan(FetchBatchSize, 1, nameof(FetchBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(Retention, TimeSpan.Zero, nameof(Retention));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PurgeInterval, TimeSpan.Zero, nameof(PurgeInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPayloadLength, 1, nameof(MaxPayloadLength));
        ArgumentException.ThrowIfNullOrWhiteSpace(HostId, nameof(HostId));
        ArgumentOutOfRangeException.ThrowIfLessThan(Lease, TimeSpan.FromMilliseconds(100), nameof(Lease));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ClaimPollInterval, TimeSpan.Zero, nameof(ClaimPollInterval));
        Retry.Validate();
    }
}

/// <summary>Retry of a step after a transient failure: exponential backoff with jitter, then dead letter.</summary>
public sealed class ScenarioRetryOptions
{
    /// <summary>Retries after the first attempt. Default 5; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Delay before the first retry; it doubles on each retry. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay between two attempts. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether delays are randomized so many failing events do not retry in lockstep. Default <see langword="true"/>.</summary>
    public bool UseJitter { get; set; } = true;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetries, 0, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero, nameof(BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay, nameof(MaxDelay));
    }
}
