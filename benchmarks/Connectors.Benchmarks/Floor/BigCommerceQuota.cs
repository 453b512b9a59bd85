using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// BigCommerce's quota headers as a store sends them: a fixed window, the requests left in it counting down and the
/// time to its reset counting down. The quota is far above anything a benchmark reaches, so pacing reads the headers
/// on every response and never waits. (Fixed values, a count that never falls and a reset that never comes closer,
/// made the client's pacing rightly hold it for the "rest of the window" once every 150,000 calls: a 15-second stall
/// inside one measured iteration.)
/// </summary>
public sealed class BigCommerceQuota
{
    private const long Quota = 100_000_000;
    private const long WindowMs = 30_000;
    private static readonly string QuotaText = Quota.ToString(CultureInfo.InvariantCulture);
    private static readonly string WindowText = WindowMs.ToString(CultureInfo.InvariantCulture);
    private readonly object _lock = new();
    private long _window = -1;
    private long _used;

    /// <summary>Counts one request and returns the four header values for its response.</summary>
    public (string Left, string Quota, string Window, string ResetMs) Next()
    {
        var now = Environment.TickCount64;
        long left;
        lock (_lock)
        {
            var window = now / WindowMs;
            if (window != _window)
            {
                (_window, _used) = (window, 0);
            }

            left = Quota - ++_used;
        }

        var reset = WindowMs - (now % WindowMs);
        return (left.ToString(CultureInfo.InvariantCulture), QuotaText, WindowText, reset.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the headers of one response.</summary>
    public void AddTo(IHeaderDictionary headers)
    {
        var (left, quota, window, reset) = Next();
        headers["X-Rate-Limit-Requests-Left"] = left;
        headers["X-Rate-Limit-Requests-Quota"] = quota;
        headers["X-Rate-Limit-Time-Window-Ms"] = window;
        headers["X-Rate-Limit-Time-Reset-Ms"] = reset;
    }
}
