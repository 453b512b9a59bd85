namespace Connectors.Scenarios.Runtime;

/// <summary>
/// A fixed set of async locks picked by key hash: one effect key is never run twice at the same time in this
/// process (the journal check and the effect happen under the lock), without allocating a lock per key.
/// </summary>
internal sealed class StripedLocks
{
    private readonly SemaphoreSlim[] _locks;

    public StripedLocks(int stripes)
    {
        _locks = new SemaphoreSlim[stripes];
        for (var i = 0; i < stripes; i++)
        {
            _locks[i] = new SemaphoreSlim(1, 1);
        }
    }

    public SemaphoreSlim For(string scenario, string step, string key)
    {
        var hash = HashCode.Combine(scenario, step, key);
        return _locks[(int)((uint)hash % (uint)_locks.Length)];
    }
}
