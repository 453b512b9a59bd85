using System.Text;
using Connectors.Core;
using Connectors.Core.Json;
using Connectors.Core.Webhooks;
using Connectors.OpenText.WorkflowService.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Verifies and reads workflow event callbacks: <c>X-Workflow-Signature: sha256={hex HMAC-SHA256(secret, raw body)}</c>.
/// Pass the raw request bytes, not a re-serialized body. Several secrets can be given during a rotation.
/// </summary>
public static class WorkflowEventReceiver
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Workflow-Signature";

    /// <summary>The event id header (also in the body), for de-duplication before parsing.</summary>
    public const string EventIdHeader = "X-Workflow-Event-Id";

    /// <summary>The largest callback body accepted.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Whether <paramref name="signature"/> matches the body under any of the secrets (constant-time compare).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="signature">The header value.</param>
    /// <param name="secrets">The current secret, and the previous one during a rotation.</param>
    public static bool IsValidSignature(ReadOnlySpan<byte> body, string? signature, params string[] secrets)
        => WebhookSignature.IsValid(body, signature, secrets);


    /// <summary>Computes the signature header value for a body (for tests and for re-signing).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="secret">The secret.</param>
    public static string ComputeSignature(ReadOnlySpan<byte> body, string secret)
        => WebhookSignature.Compute(body, secret);


    /// <summary>Verifies the signature, then reads the event.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="signature">The <see cref="SignatureHeader"/> value.</param>
    /// <param name="secrets">The accepted secrets.</param>
    /// <exception cref="ConnectorAuthenticationException">The signature is missing or wrong.</exception>
    /// <exception cref="ConnectorSerializationException">The body is too large, not JSON, or not an event.</exception>
    public static WorkflowEvent ReadEvent(ReadOnlySpan<byte> body, string? signature, params string[] secrets)
    {
        if (body.Length > MaxBodyBytes)
        {
            throw new ConnectorSerializationException(WorkflowServiceClient.SystemName, $"The callback body ({body.Length} bytes) exceeds {MaxBodyBytes} bytes.");
        }

        if (!IsValidSignature(body, signature, secrets))
        {
            throw new ConnectorAuthenticationException(WorkflowServiceClient.SystemName, "The workflow callback signature is missing or does not match.", AuthenticationFailureReason.InvalidCredentials);
        }

        var parsed = ConnectorJson.Deserialize(body, WorkflowServiceJsonContext.Default.WorkflowEvent, WorkflowServiceClient.SystemName, MaxBodyBytes);
        return parsed.Type.Value is null
            ? throw new ConnectorSerializationException(WorkflowServiceClient.SystemName, "The callback event has no type.")
            : parsed;
    }
}
