namespace Connectors.Emulators.BigCommerce;

/// <summary>The wait headers an emulated 429 carries (docs/api-docs/getting-started/api-rate-limits.mdx, docs/start/migration/4_errors.md).</summary>
public enum TooManyRequestsHeaders
{
    /// <summary><c>X-Rate-Limit-Time-Window-Ms</c>, <c>-Time-Reset-Ms</c>, <c>-Requests-Quota</c>, <c>-Requests-Left</c>.</summary>
    All,

    /// <summary>Only <c>X-Rate-Limit-Time-Reset-Ms</c>.</summary>
    ResetOnly,

    /// <summary>Only <c>X-Retry-After</c>, in whole seconds (rounded up).</summary>
    RetryAfterOnly,
}
