using System.Text.Json.Serialization.Metadata;

namespace Connectors.Scenarios.Triggers;

/// <summary>
/// A trigger fed by a host endpoint that pushes events into <c>IScenarioInbox</c>.
/// Create it with <see cref="Trigger.Webhook{T}"/>.
/// </summary>
/// <typeparam name="T">The payload type.</typeparam>
public sealed class WebhookTrigger<T> : ScenarioTrigger<T>
{
    internal WebhookTrigger(string source, string type, JsonTypeInfo<T> payloadType)
        : base(source, type, payloadType)
    {
    }
}
