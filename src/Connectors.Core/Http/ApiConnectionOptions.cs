namespace Connectors.Core;

/// <summary>What an <see cref="ApiConnection"/> needs to know about the system it talks to.</summary>
/// <param name="System">The system name used in errors and telemetry, e.g. <c>BigCommerce</c>.</param>
/// <param name="ErrorParser">Reads the vendor's error bodies.</param>
public sealed record ApiConnectionOptions(string System, ErrorParser ErrorParser)
{
    /// <summary>
    /// Response headers that may carry the service's request id, in order of preference. Names match whatever their
    /// case (as HTTP header names do), so one spelling of each is enough.
    /// </summary>
    public IReadOnlyList<string> RequestIdHeaders { get; init; } = ["X-Request-ID", "Request-Id", "X-Correlation-ID"];

    /// <summary>The largest response body read into memory for a typed result. Default 32 MB.</summary>
    public long MaxResponseBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>How much of an error body is kept on the exception. Default 4 KB.</summary>
    public int MaxErrorBodyChars { get; init; } = 4096;
}
