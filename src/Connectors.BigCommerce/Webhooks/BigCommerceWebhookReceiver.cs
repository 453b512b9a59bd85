using System.Security.Cryptography;
using System.Text;
using Connectors.Core;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>
/// Receives BigCommerce webhook deliveries. BigCommerce does not sign deliveries; it sends the custom headers
/// of the hook. Register the hook with <see cref="HookHeaders"/> and let this class check the shared secret
/// (constant time) before parsing the raw body.
/// </summary>
public sealed class BigCommerceWebhookReceiver
{
    /// <summary>The header that carries the shared secret unless another is given.</summary>
    public const string DefaultHeaderName = "X-Connectors-Webhook-Secret";

    private readonly byte[] _secretHash;

    /// <summary>Creates a receiver.</summary>
    /// <param name="secret">The shared secret (at least 16 characters).</param>
    /// <param name="headerName">The header carrying it.</param>
    /// <param name="maxPayloadBytes">Larger payloads are refused. Default 1 MiB.</param>
    public BigCommerceWebhookReceiver(string secret, string headerName = DefaultHeaderName, int maxPayloadBytes = 1024 * 1024)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        if (secret.Length < 16)
        {
            throw new ArgumentException("The webhook secret must be at least 16 characters.", nameof(secret));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPayloadBytes);
        _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        HeaderName = headerName;
        MaxPayloadBytes = maxPayloadBytes;
        HookHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [headerName] = secret };
    }

    /// <summary>The header carrying the secret.</summary>
    public string HeaderName { get; }

    /// <summary>The largest payload accepted.</summary>
    public int MaxPayloadBytes { get; }

    /// <summary>The headers to put on the hook (<see cref="WebhookRequest.Headers"/>).</summary>
    public IReadOnlyDictionary<string, string> HookHeaders { get; }

    /// <summary>Whether the secret header value is right; compares in constant time.</summary>
    /// <param name="headerValue">The value of <see cref="HeaderName"/> in the delivery, or null when absent.</param>
    public bool IsAuthentic(string? headerValue)
        => headerValue is not null
           && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(headerValue)), _secretHash);

    /// <summary>Authenticates a delivery by its headers and parses its raw body.</summary>
    /// <param name="getHeader">Returns a request header's value by name, or null.</param>
    /// <param name="body">The raw request body.</param>
    /// <exception cref="ConnectorAuthenticationException">The secret header is missing or wrong.</exception>
    /// <exception cref="ConnectorSerializationException">The body is not a webhook payload.</exception>
    public BigCommerceWebhookEvent Receive(Func<string, string?> getHeader, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(getHeader);
        if (!IsAuthentic(getHeader(HeaderName)))
        {
            throw new ConnectorAuthenticationException(
                BigCommerceClient.SystemName,
                $"The webhook delivery was refused: header '{HeaderName}' is missing or does not match the shared secret.",
                AuthenticationFailureReason.InvalidCredentials)
            {
                Status = 401,
            };
        }

        return Parse(body);
    }

    /// <summary>Parses a payload without authenticating it (for payloads already checked, or tests).</summary>
    /// <param name="body">The raw body.</param>
    /// <exception cref="ConnectorSerializationException">The body is not a webhook payload.</exception>
    public BigCommerceWebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        var webhookEvent = ConnectorJson.Deserialize(body, BigCommerceJsonContext.Default.BigCommerceWebhookEvent, BigCommerceClient.SystemName, MaxPayloadBytes);
        if (string.IsNullOrEmpty(webhookEvent.Scope) || webhookEvent.Data is null)
        {
            throw new ConnectorSerializationException(BigCommerceClient.SystemName, "The webhook payload has no 'scope' or no 'data'.");
        }

        return webhookEvent;
    }
}
