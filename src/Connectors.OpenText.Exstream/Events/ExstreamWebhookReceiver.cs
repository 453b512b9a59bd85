using System.Text;
using Connectors.Core;
using Connectors.Core.Json;
using Connectors.Core.Webhooks;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Authenticates and reads the events Exstream posts to a registered callback URL. The signature
/// (<c>X-Exstream-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>, an assumed contract, see
/// docs/api/exstream.md) is checked over the raw bytes in constant time against every configured secret,
/// so secrets can be rotated. No ASP.NET dependency: hand it the body bytes and the header.
/// </summary>
public class ExstreamWebhookReceiver
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Exstream-Signature";

    /// <summary>The event id header (also in the body), for dropping duplicates before parsing.</summary>
    public const string EventIdHeader = "X-Exstream-Event-Id";

    /// <summary>The delivery attempt header.</summary>
    public const string AttemptHeader = "X-Exstream-Delivery-Attempt";

    private readonly byte[][] _secrets;

    /// <summary>Creates a receiver that accepts events signed with any of <paramref name="secrets"/>.</summary>
    /// <param name="secrets">The current secret first, then older ones still accepted during a rotation.</param>
    public ExstreamWebhookReceiver(params IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = [.. secrets.Where(s => !string.IsNullOrEmpty(s)).Select(Encoding.UTF8.GetBytes)];
        if (_secrets.Length == 0)
        {
            throw new ArgumentException("At least one non-empty secret is required.", nameof(secrets));
        }
    }

    /// <summary>For mocking.</summary>
    protected ExstreamWebhookReceiver()
    {
        _secrets = [];
    }

    /// <summary>The largest body accepted. Default 256 KB.</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Whether <paramref name="signatureHeader"/> is a valid signature of <paramref name="body"/>.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The <see cref="SignatureHeader"/> value.</param>
    public virtual bool IsAuthentic(ReadOnlySpan<byte> body, string? signatureHeader)
        => WebhookSignature.IsValid(body, signatureHeader, _secrets);


    /// <summary>Authenticates the body, then reads the event.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The <see cref="SignatureHeader"/> value.</param>
    /// <exception cref="ConnectorAuthenticationException">The signature is missing or wrong (answer 401).</exception>
    /// <exception cref="ConnectorSerializationException">The body is too large, not JSON, or misses a required field (answer 400).</exception>
    public virtual ExstreamEvent Receive(ReadOnlySpan<byte> body, string? signatureHeader)
    {
        if (body.Length > MaxBodyBytes)
        {
            throw new ConnectorSerializationException(ExstreamClient.SystemName, $"The event body ({body.Length} bytes) exceeds the limit of {MaxBodyBytes} bytes.");
        }

        if (!IsAuthentic(body, signatureHeader))
        {
            throw new ConnectorAuthenticationException(
                ExstreamClient.SystemName,
                signatureHeader is null ? $"The event has no {SignatureHeader} header." : "The event signature does not match any configured secret.",
                AuthenticationFailureReason.InvalidCredentials);
        }

        return Parse(body);
    }

    /// <summary>Reads an event body that is already trusted (for example one fetched from the poll endpoint and stored).</summary>
    /// <param name="body">The JSON body.</param>
    /// <exception cref="ConnectorSerializationException">The body is not JSON or misses a required field.</exception>
    public virtual ExstreamEvent Parse(ReadOnlySpan<byte> body)
        => ConnectorJson.Deserialize(body, ExstreamJsonContext.Default.ExstreamEvent, ExstreamClient.SystemName, MaxBodyBytes);
}
