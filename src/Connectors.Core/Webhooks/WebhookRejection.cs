namespace Connectors.Core.Webhooks;

/// <summary>Why a receiver refused a delivery; an inbound endpoint maps each kind to one HTTP status.</summary>
public enum WebhookRejectionKind
{
    /// <summary>The signature or shared secret is missing or wrong (HTTP 401). Nothing was parsed.</summary>
    Unauthenticated,

    /// <summary>The body is authentic but not a readable event: not JSON, a required field missing (HTTP 400).</summary>
    Malformed,

    /// <summary>The body is larger than the receiver accepts (HTTP 413).</summary>
    TooLarge,

    /// <summary>The delivery is authentic but outside the accepted time window: a replay or a stale retry (HTTP 400).</summary>
    Expired,
}

/// <summary>A refused delivery: what kind of refusal, and a reason safe to log and to answer (never a secret).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record WebhookRejection(WebhookRejectionKind Kind, string Reason);
