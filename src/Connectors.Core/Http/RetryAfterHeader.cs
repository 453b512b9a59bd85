namespace Connectors.Core;

/// <summary>Reads the standard <c>Retry-After</c> header (seconds or an HTTP date).</summary>
public static class RetryAfterHeader
{
    /// <summary>The delay the server asked for, or <c>null</c>. A date in the past reads as zero.</summary>
    /// <param name="response">The response.</param>
    /// <param name="time">The clock for date values; the system clock when null.</param>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = response.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - (time ?? TimeProvider.System).GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
