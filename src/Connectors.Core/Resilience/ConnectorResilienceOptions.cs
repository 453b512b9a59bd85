namespace Connectors.Core.Resilience;

/// <summary>
/// Every resilience knob of a client: retries (only of safe requests), server-given delays, client-side
/// pacing to the quota the server reports, per-attempt and total timeouts, and a circuit breaker.
/// Bindable from configuration (<c>"Resilience": { "MaxRetryAttempts": 5 }</c>).
/// </summary>
public sealed class ConnectorResilienceOptions
{
    /// <summary>Turns the whole resilience pipeline on or off. Default on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Retries after the first attempt. Default 3; 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay; doubles each retry, with jitter. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest back-off delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Added to every server-given delay, which some servers round down. Default 50 ms.</summary>
    public TimeSpan RetryAfterPadding { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest server-given delay honoured; longer ones are clamped. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The timeout of one attempt. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The timeout of a whole call, retries and waits included. Default 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether the circuit breaker is on. Default on.</summary>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>The share of failed calls in the sampling window that opens the circuit. Default 0.5.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the window before the circuit may open. Default 20.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The sampling window. Default 30 s.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open. Default 15 s.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether requests are paced to the quota the server reports, so bulk jobs rarely see a 429. Default on.</summary>
    public bool PacingEnabled { get; set; } = true;

    /// <summary>Requests of the window kept back for other processes sharing the quota. Default 0.</summary>
    public int PacingReserve { get; set; }

    /// <summary>Lists what is wrong with the settings; empty when valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxRetryAttempts is < 0 or > 20)
        {
            yield return "Resilience.MaxRetryAttempts must be between 0 and 20.";
        }

        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout <= TimeSpan.Zero)
        {
            yield return "Resilience.AttemptTimeout and Resilience.TotalTimeout must be positive.";
        }

        if (AttemptTimeout > TotalTimeout)
        {
            yield return "Resilience.AttemptTimeout must not exceed Resilience.TotalTimeout.";
        }

        if (CircuitBreakerFailureRatio is <= 0 or > 1)
        {
            yield return "Resilience.CircuitBreakerFailureRatio must be in (0, 1].";
        }

        if (CircuitBreakerMinimumThroughput < 2)
        {
            yield return "Resilience.CircuitBreakerMinimumThroughput must be at least 2.";
        }

        if (CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return "Resilience.CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration must be at least 500 ms.";
        }

        if (PacingReserve < 0)
        {
            yield return "Resilience.PacingReserve must not be negative.";
        }
    }
}
