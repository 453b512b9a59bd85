namespace Connectors.Core.Telemetry;

/// <summary>
/// The correlation id of the flow the current code runs for, carried across awaits. Every client call made
/// inside <see cref="Begin"/> sends it as <c>X-Correlation-ID</c> and tags its span with it, without each
/// method taking a parameter. The scenarios engine opens one around every event it processes.
/// </summary>
public static class CorrelationContext
{
    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The current correlation id, or <c>null</c>.</summary>
    public static string? Current => Ambient.Value;

    /// <summary>Sets the correlation id until the returned scope is disposed.</summary>
    /// <param name="correlationId">The id; <c>null</c> clears it for the scope.</param>
    public static IDisposable Begin(string? correlationId)
    {
        var previous = Ambient.Value;
        Ambient.Value = correlationId;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
