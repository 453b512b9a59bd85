using System.Text;
using Connectors.Core;
using Connectors.Core.Json;
using Connectors.Core.Webhooks;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// Checks and reads Trading Grid event callbacks. The signature header <c>X-TG-Signature</c> is
/// <c>sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>; pass the body exactly as received (never re-serialized).
/// Several secrets may be given so a secret can be rotated without losing deliveries.
/// </summary>
public class TradingGridWebhookReceiver
{
    /// <summary>The header that carries the signature.</summary>
    public const string SignatureHeader = "X-TG-Signature";

    /// <summary>The header that carries the event id (for de-duplication before parsing).</summary>
    public const string EventIdHeader = "X-TG-Event-Id";

    private readonly byte[][] _secrets;

    /// <summary>Creates a receiver.</summary>
    /// <param name="secrets">The current secret and, during rotation, the previous one.</param>
    public TradingGridWebhookReceiver(params string[] secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (secrets.Length == 0 || secrets.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("At least one non-empty webhook secret is required.", nameof(secrets));
        }

        _secrets = secrets.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    /// <summary>For mocking.</summary>
    protected TradingGridWebhookReceiver()
    {
        _secrets = [];
    }

    /// <summary>The largest body accepted, in bytes. Default 1 MB.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Whether <paramref name="signature"/> is a valid signature of <paramref name="body"/> with one of the secrets.</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="signature">The <c>X-TG-Signature</c> header value.</param>
    public virtual bool IsValidSignature(ReadOnlySpan<byte> body, string? signature)
        => body.Length <= MaxBodyBytes && WebhookSignature.IsValid(body, signature, _secrets);


    /// <summary>Checks the signature, then reads the event.</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="signature">The <c>X-TG-Signature</c> header value.</param>
    /// <exception cref="ConnectorAuthenticationException">The signature is missing or wrong (answer 401).</exception>
    /// <exception cref="ConnectorSerializationException">The body is not a valid event (answer 400).</exception>
    public virtual TradingGridEvent VerifyAndRead(ReadOnlySpan<byte> body, string? signature)
    {
        if (!IsValidSignature(body, signature))
        {
            throw new ConnectorAuthenticationException(TradingGridClient.SystemName,
                "The Trading Grid callback signature is missing or does not match the body.", AuthenticationFailureReason.InvalidCredentials);
        }

        return Read(body);
    }

    /// <summary>Reads an event from a callback body or a stored payload, without checking a signature.</summary>
    /// <param name="body">The JSON event.</param>
    /// <exception cref="ConnectorSerializationException">The body is malformed, too large or misses required fields.</exception>
    public virtual TradingGridEvent Read(ReadOnlySpan<byte> body)
    {
        var e = ConnectorJson.Deserialize(body, TradingGridJsonContext.Default.TradingGridEvent, TradingGridClient.SystemName, MaxBodyBytes);
        if (string.IsNullOrWhiteSpace(e.EventId) || string.IsNullOrWhiteSpace(e.EventType.Value))
        {
            throw new ConnectorSerializationException(TradingGridClient.SystemName, "The Trading Grid event has no eventId or eventType.");
        }

        return e;
    }
}
