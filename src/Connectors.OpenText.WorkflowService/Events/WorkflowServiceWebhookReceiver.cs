using Connectors.Core;
using Connectors.Core.Json;
using Connectors.Core.Webhooks;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Verifies and reads workflow event callbacks through Core's one receiver contract
/// (<see cref="IWebhookReceiver{TEvent}"/>): <c>X-Workflow-Signature: sha256={hex HMAC-SHA256(secret, raw body)}</c>,
/// an <b>assumed</b> contract (OpenText publishes no Workflow Service callback API, see docs/api/workflow-service.md).
/// Several secrets can be given during a rotation.
/// </summary>
public sealed class WorkflowServiceWebhookReceiver : SignedWebhookReceiver<WorkflowEvent>
{
    /// <summary>The event source name hosts store deliveries under.</summary>
    public const string EventSource = "workflowservice";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Workflow-Signature";

    /// <summary>The event id header (also in the body), for de-duplication before parsing.</summary>
    public const string EventIdHeader = "X-Workflow-Event-Id";

    /// <summary>The default largest callback body accepted.</summary>
    public const int DefaultMaxBodyBytes = 256 * 1024;

    /// <summary>Creates a receiver.</summary>
    /// <param name="secrets">The current secret, and the previous one during a rotation.</param>
    public WorkflowServiceWebhookReceiver(params string[] secrets)
        : this(secrets, DefaultMaxBodyBytes)
    {
    }

    /// <summary>Creates a receiver with a body limit.</summary>
    /// <param name="secrets">The current secret, and the previous one during a rotation.</param>
    /// <param name="maxBodyBytes">The largest body accepted.</param>
    public WorkflowServiceWebhookReceiver(IReadOnlyCollection<string> secrets, int maxBodyBytes)
        : base(WorkflowServiceClient.SystemName, EventSource, SignatureHeader, secrets, maxBodyBytes)
    {
    }

    /// <summary>Computes the signature header value for a body (for tests and for re-signing).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="secret">The secret.</param>
    /// <returns>The header value.</returns>
    public static string ComputeSignature(ReadOnlySpan<byte> body, string secret)
        => WebhookSignature.Compute(body, secret);

    /// <summary>Reads a stored callback body without checking a signature.</summary>
    /// <param name="body">The JSON event.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ConnectorSerializationException">The body is too large, not JSON, or not an event.</exception>
    public override WorkflowEvent Read(ReadOnlySpan<byte> body)
    {
        var parsed = ConnectorJson.Deserialize(body, WorkflowServiceJsonContext.Default.WorkflowEvent, WorkflowServiceClient.SystemName, MaxBodyBytes);
        return parsed.Type.Value is null
            ? throw new ConnectorSerializationException(WorkflowServiceClient.SystemName, "The callback event has no type.")
            : parsed;
    }

    /// <summary>The event id and type, the process instance as subject, and its time.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="delivery">The delivery.</param>
    /// <returns>The facts.</returns>
    protected override WebhookEventInfo? Describe(WorkflowEvent webhookEvent, WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return string.IsNullOrWhiteSpace(webhookEvent.Id)
            ? null
            : new WebhookEventInfo(webhookEvent.Id, webhookEvent.Type.Value!)
            {
                Subject = webhookEvent.ProcessInstanceId,
                OccurredAt = webhookEvent.Time,
            };
    }
}
