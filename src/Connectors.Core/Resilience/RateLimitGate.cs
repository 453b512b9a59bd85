namespace Connectors.Core.Resilience;

/// <summary>
/// Client-side pacing for one quota (one store, one tenant): hands out the requests the server says are
/// left in the window and holds the rest until the window resets. Shared by every handler instance of a
/// named client, fed by every response.
/// </summary>
public sealed class RateLimitGate
{
    private readonly object _lock = new();
    private readonly TimeProvider _time;
    private readonly int _reserve;
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private long _waits;
    private int _inFlight;

    /// <summary>Creates a gate.</summary>
    /// <param name="time">The clock.</param>
    /// <param name="reserve">Requests per window kept back for others sharing the quota.</param>
    public RateLimitGate(TimeProvider? time = null, int reserve = 0)
    {
        _time = time ?? TimeProvider.System;
        _reserve = reserve;
    }

    /// <summary>How many times a request had to wait for the window to reset.</summary>
    public long WaitCount => Interlocked.Read(ref _waits);

    /// <summary>The requests believed left in the current window, or <c>null</c> when unknown.</summary>
    public int? Remaining
    {
        get
        {
            lock (_lock)
            {
                return _remaining;
            }
        }
    }

    /// <summary>Waits until a request may be sent, then takes one from the window.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async ValueTask WaitAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                if (_remaining is null || now >= _resetAt)
                {
                    _remaining = null;
                    _inFlight++;
                    return;
                }

                if (_remaining > _reserve)
                {
                    _remaining--;
                    _inFlight++;
                    return;
                }

                wait = _resetAt - now;
            }

            Interlocked.Increment(ref _waits);
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Marks a request granted by <see cref="WaitAsync"/> as finished (after <see cref="Observe"/>, if it had a response).</summary>
    public void Release()
    {
        lock (_lock)
        {
            if (_inFlight > 0)
            {
                _inFlight--;
            }
        }
    }

    /// <summary>Records what the server reported on the response of a request granted by <see cref="WaitAsync"/>.</summary>
    /// <param name="snapshot">The quota on a response.</param>
    public void Observe(RateLimitSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var resetAt = now + snapshot.ResetAfter;

            // The server has not yet counted the other requests still in flight; they will use the quota too.
            var remaining = Math.Max(0, snapshot.Remaining - Math.Max(0, _inFlight - 1));
            if (_remaining is null || now >= _resetAt)
            {
                _remaining = remaining;
                _resetAt = resetAt;
            }
            else
            {
                // Responses of one window arrive out of order: the smallest count is the truth.
                _remaining = Math.Min(_remaining.Value, remaining);
                if (resetAt > _resetAt)
                {
                    _resetAt = resetAt;
                }
            }
        }
    }
}
