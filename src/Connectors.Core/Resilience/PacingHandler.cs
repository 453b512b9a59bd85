namespace Connectors.Core.Resilience;

/// <summary>Waits on a <see cref="RateLimitGate"/> before each attempt and feeds it every response's quota.</summary>
public sealed class PacingHandler : DelegatingHandler
{
    /// <summary>The quota read from the last attempt's response (null when it carried none), for the telemetry handler.</summary>
    internal static readonly HttpRequestOptionsKey<RateLimitSnapshot?> Snapshot = new("Connectors.RateLimitSnapshot");

    private readonly RateLimitGate _gate;
    private readonly IRateLimitReader _reader;

    /// <summary>Creates the handler.</summary>
    /// <param name="gate">The shared gate of the quota.</param>
    /// <param name="reader">Reads the vendor's rate-limit headers.</param>
    public PacingHandler(RateLimitGate gate, IRateLimitReader reader)
    {
        _gate = gate;
        _reader = reader;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var snapshot = _reader.Read(response);
            request.Options.Set(Snapshot, snapshot);
            if (snapshot is not null)
            {
                _gate.Observe(snapshot);
            }

            return response;
        }
        finally
        {
            _gate.Release();
        }
    }
}
