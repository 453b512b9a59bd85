using System.Diagnostics;

namespace Connectors.Scenarios.Runtime;

/// <summary>
/// The runner's claim on one event: lost when a renewal says another host took it, or stale when no renewal has
/// succeeded for most of the lease. Measured on the real clock, like the store's leases, never on the engine's
/// <see cref="TimeProvider"/> (which tests may fake).
/// </summary>
internal sealed class HeldEvent(long sequence, long validUntil)
{
    private long _validUntil = validUntil;
    private volatile bool _lost;

    public long Sequence { get; } = sequence;

    /// <summary>Whether the claim can still be trusted to run the next journaled step.</summary>
    public bool IsHeld => !_lost && Stopwatch.GetTimestamp() < Volatile.Read(ref _validUntil);

    public void Renewed(long validUntil) => Volatile.Write(ref _validUntil, validUntil);

    public void Lose() => _lost = true;

    /// <summary>The timestamp until which a claim taken or renewed at <paramref name="started"/> can be trusted: 4/5 of the lease.</summary>
    public static long ValidUntil(long started, TimeSpan lease) => started + (long)(lease.TotalSeconds * 0.8 * Stopwatch.Frequency);
}
