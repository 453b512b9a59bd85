namespace Connectors.Core.Resilience;

/// <summary>Waits on a <see cref="RateLimitGate"/> before each attempt and feeds it every response's quota.</summary>
public sealed class PacingHandler : DelegatingHandler
{
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
            if (_reader.Read(response) is { } snapshot)
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
