namespace Connectors.Core.Resilience;

/// <summary>The quota a service reported on one response.</summary>
/// <param name="Remaining">Requests left in the current window.</param>
/// <param name="Quota">Requests allowed per window, when reported.</param>
/// <param name="ResetAfter">Time until the window resets.</param>
/// <param name="Window">The window length, when reported.</param>
public sealed record RateLimitSnapshot(int Remaining, int? Quota, TimeSpan ResetAfter, TimeSpan? Window = null);

/// <summary>Reads a vendor's rate-limit headers. Implemented per vendor (e.g. BigCommerce's <c>X-Rate-Limit-*</c>).</summary>
public interface IRateLimitReader
{
    /// <summary>The quota the response reports, or <c>null</c> when it reports none.</summary>
    /// <param name="response">The response.</param>
    RateLimitSnapshot? Read(HttpResponseMessage response);
}
