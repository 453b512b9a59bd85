using System.Globalization;
using System.Net;
using Connectors.Core.Resilience;

namespace Connectors.BigCommerce;

/// <summary>
/// Reads BigCommerce's quota headers (<c>X-Rate-Limit-Requests-Left</c>, <c>-Requests-Quota</c>,
/// <c>-Time-Window-Ms</c>, <c>-Time-Reset-Ms</c>) so Core paces requests and waits the reset time after a 429.
/// A 429 that carries only <c>X-Rate-Limit-Time-Reset-Ms</c> reads as no request left until the reset.
/// </summary>
public sealed class BigCommerceRateLimitReader : IRateLimitReader
{
    /// <summary>The shared instance.</summary>
    public static BigCommerceRateLimitReader Instance { get; } = new();

    /// <inheritdoc />
    public RateLimitSnapshot? Read(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var resetMs = Number(response, "X-Rate-Limit-Time-Reset-Ms");
        var left = Number(response, "X-Rate-Limit-Requests-Left")
                   ?? (response.StatusCode == HttpStatusCode.TooManyRequests && resetMs is not null ? 0 : null);
        if (left is null || resetMs is null)
        {
            return null;
        }

        var quota = Number(response, "X-Rate-Limit-Requests-Quota");
        var windowMs = Number(response, "X-Rate-Limit-Time-Window-Ms");
        return new RateLimitSnapshot(
            (int)Math.Clamp(left.Value, 0, int.MaxValue),
            quota is null ? null : (int)Math.Clamp(quota.Value, 0, int.MaxValue),
            TimeSpan.FromMilliseconds(Math.Max(0, resetMs.Value)),
            windowMs is null ? null : TimeSpan.FromMilliseconds(windowMs.Value));
    }

    // NonValidated: the raw value, no header parsing, no enumerable per header.
    private static long? Number(HttpResponseMessage response, string name)
    {
        if (response.Headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var text in values)
            {
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
            }
        }

        return null;
    }
}
