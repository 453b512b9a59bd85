using System.Text;

namespace Connectors.Core.Webhooks;

/// <summary>
/// A receiver for deliveries signed <c>sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c> in one header, checked in
/// constant time against every configured secret (the current one first, older ones during a rotation).
/// </summary>
/// <typeparam name="TEvent">The system's event type.</typeparam>
public abstract class SignedWebhookReceiver<TEvent> : WebhookReceiver<TEvent>
    where TEvent : class
{
    private readonly byte[][] _secrets;

    /// <summary>Creates a receiver.</summary>
    /// <param name="system">The system name errors carry.</param>
    /// <param name="source">The event source name.</param>
    /// <param name="signatureHeader">The header that carries the signature.</param>
    /// <param name="secrets">The current secret and, during a rotation, older ones; at least one, none empty.</param>
    /// <param name="maxBodyBytes">The largest body accepted.</param>
    protected SignedWebhookReceiver(string system, string source, string signatureHeader, IEnumerable<string> secrets, int maxBodyBytes)
        : base(system, source, maxBodyBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signatureHeader);
        ArgumentNullException.ThrowIfNull(secrets);
        var list = secrets.ToList();
        if (list.Count == 0 || list.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("At least one secret is required, and none may be empty.", nameof(secrets));
        }

        SignatureHeaderName = signatureHeader;
        _secrets = [.. list.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The header that carries the signature.</summary>
    public string SignatureHeaderName { get; }

    /// <inheritdoc />
    protected override string? Authenticate(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var signature = delivery.Header(SignatureHeaderName);
        return WebhookSignature.IsValid(delivery.Body.Span, signature, _secrets)
            ? null
            : signature is null
                ? $"The delivery has no {SignatureHeaderName} header."
                : $"The {SignatureHeaderName} signature does not match the body under any configured secret.";
    }
}
