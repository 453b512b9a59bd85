using System.Security.Cryptography;
using System.Text;
using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Runtime;

/// <summary>What a step knows about the event it runs for: the envelope, services, and its idempotency key.</summary>
public sealed class StepContext
{
    private readonly RunContext _run;
    private string? _idempotencyKey;
    private string? _effectMarker;

    internal StepContext(RunContext run, string step, string? key)
    {
        _run = run;
        Step = step;
        Key = key;
    }

    /// <summary>The scenario name.</summary>
    public string Scenario => _run.Scenario;

    /// <summary>The step name.</summary>
    public string Step { get; }

    /// <summary>The key the step declared (for example store + order id); <see langword="null"/> for steps without one.</summary>
    public string? Key { get; }

    /// <summary>The event being processed.</summary>
    public EventEnvelope Envelope => _run.Envelope;

    /// <summary>The correlation id to carry on every call this step makes.</summary>
    public string CorrelationId => _run.Envelope.EffectiveCorrelationId;

    /// <summary>Services of the scope created for this event.</summary>
    public IServiceProvider Services => _run.Services;

    /// <summary>The attempt number, starting at 1.</summary>
    public int Attempt { get; internal set; }

    /// <summary>
    /// A stable key for this effect, the same on every retry, replay and restart: a hash of scenario, step and key.
    /// Send it as the vendor's idempotency key, or store it on the created record and look it up before creating.
    /// <see langword="null"/> for steps without a key.
    /// </summary>
    public string? IdempotencyKey => Key is null ? null : _idempotencyKey ??= ComputeIdempotencyKey(Scenario, Step, Key);

    /// <summary>
    /// The marker, <c>[ref …]</c>, a step writes into a record for which the vendor takes no idempotency key (a case
    /// comment, a partner post): the same on every retry, replay and restart, so the step can look for it before
    /// writing again. Made from <see cref="IdempotencyKey"/>; for a step without a key, from scenario, step and the
    /// event's idempotency key.
    /// </summary>
    public string EffectMarker => _effectMarker ??= $"[ref {IdempotencyKey ?? ComputeIdempotencyKey(Scenario, Step, Envelope.EffectiveIdempotencyKey)}]";

    internal static string ComputeIdempotencyKey(string scenario, string step, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{scenario}\n{step}\n{key}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
