using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core.Webhooks;
using Connectors.Scenarios.Errors;

namespace Connectors.Scenarios.Events;

/// <summary>
/// One event as it travels through a scenario (CloudEvents-like): who sent it, what it is about,
/// how to correlate it, and its payload as raw JSON.
/// </summary>
/// <remarks>
/// The payload stays a JSON string so the engine never needs reflection to store it; scenarios read it
/// through the <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}"/> their trigger declares.
/// </remarks>
public sealed record EventEnvelope
{
    /// <summary>Creates an envelope.</summary>
    /// <param name="id">Unique id of the event at its source (for example a webhook delivery id).</param>
    /// <param name="source">The system that produced the event, for example <c>bigcommerce</c>.</param>
    /// <param name="type">The event type, for example <c>store/order/statusUpdated</c>.</param>
    /// <param name="payload">The event body as JSON text.</param>
    public EventEnvelope(string id, string source, string type, string payload)
    {
        Id = id;
        Source = source;
        Type = type;
        Payload = payload;
    }

    /// <summary>Unique id of the event at its source.</summary>
    public string Id { get; init; }

    /// <summary>The system that produced the event.</summary>
    public string Source { get; init; }

    /// <summary>The event type.</summary>
    public string Type { get; init; }

    /// <summary>The event body as JSON text.</summary>
    public string Payload { get; init; }

    /// <summary>
    /// The entity the event is about (order id, case id). Events of one scenario with the same subject
    /// run one after another, in arrival order; when <see langword="null"/> the event has no ordering constraint.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>When the event happened at its source; <see langword="null"/> when the source does not say.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Correlation id carried through every effect; defaults to <see cref="Id"/>.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Id of the event that caused this one, when it is a follow-up.</summary>
    public string? CausationId { get; init; }

    /// <summary>
    /// Deduplication key: a second envelope with the same key for the same scenario is a duplicate.
    /// Defaults to <see cref="Id"/>.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>W3C <c>traceparent</c> of the producer, so the processing span joins its trace.</summary>
    public string? TraceParent { get; init; }

    /// <summary>The correlation id in effect: <see cref="CorrelationId"/> or else <see cref="Id"/>.</summary>
    public string EffectiveCorrelationId => CorrelationId ?? Id;

    /// <summary>The deduplication key in effect: <see cref="IdempotencyKey"/> or else <see cref="Id"/>.</summary>
    public string EffectiveIdempotencyKey => IdempotencyKey ?? Id;

    /// <summary>Creates an envelope whose payload is <paramref name="value"/> serialized with <paramref name="typeInfo"/>.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="id">Unique id of the event at its source.</param>
    /// <param name="source">The system that produced the event.</param>
    /// <param name="type">The event type.</param>
    /// <param name="value">The payload.</param>
    /// <param name="typeInfo">Source-generated JSON metadata for <typeparamref name="T"/>.</param>
    /// <returns>The envelope.</returns>
    public static EventEnvelope Create<T>(string id, string source, string type, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new EventEnvelope(id, source, type, JsonSerializer.Serialize(value, typeInfo));
    }

    /// <summary>
    /// The envelope of a webhook delivery a receiver accepted: source = <see cref="IWebhookReceiver.Source"/>, id,
    /// type, subject, time and correlation id from <paramref name="receipt"/>, and the raw body as payload.
    /// Every inbound endpoint builds its envelopes this way, so a webhook and its poll twin read the same fields.
    /// </summary>
    /// <param name="receiver">The receiver that accepted the delivery.</param>
    /// <param name="receipt">Its receipt; must be accepted.</param>
    /// <param name="body">The raw body.</param>
    /// <returns>The envelope.</returns>
    public static EventEnvelope FromWebhook(IWebhookReceiver receiver, WebhookReceipt receipt, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(receipt);
        if (!receipt.Accepted)
        {
            throw new ArgumentException($"The delivery was refused ({receipt.Rejection.Kind}): {receipt.Rejection.Reason}", nameof(receipt));
        }

        var info = receipt.Info;
        return new EventEnvelope(info.Id, receiver.Source, info.Type, Encoding.UTF8.GetString(body))
        {
            Subject = info.Subject,
            OccurredAt = info.OccurredAt,
            CorrelationId = info.CorrelationId,
        };
    }

    /// <summary>Reads the payload as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="typeInfo">Source-generated JSON metadata for <typeparamref name="T"/>.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ScenarioPayloadException">The payload is not valid JSON for <typeparamref name="T"/>, or is <c>null</c>.</exception>
    public T GetPayload<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(Payload, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new ScenarioPayloadException(
                $"Payload of event '{Id}' ({Type}) is not valid {typeof(T).Name} JSON: {ex.Message}", ex.Path, ex);
        }
        catch (NotSupportedException ex)
        {
            throw new ScenarioPayloadException(
                $"Payload of event '{Id}' ({Type}) cannot be read as {typeof(T).Name}: {ex.Message}", null, ex);
        }

        return value ?? throw new ScenarioPayloadException(
            $"Payload of event '{Id}' ({Type}) is null; a {typeof(T).Name} was expected.", "$", null);
    }
}
