using System.Text.Json.Serialization.Metadata;

namespace Connectors.Scenarios.Triggers;

/// <summary>Creates the triggers a scenario starts <c>From</c>.</summary>
public static class Trigger
{
    /// <summary>Events pushed in by a host endpoint (for example a verified webhook) through <c>IScenarioInbox</c>.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="source">The source system, for example <c>bigcommerce</c>.</param>
    /// <param name="type">The event type, for example <c>store/order/statusUpdated</c>; a trailing <c>*</c> matches a prefix.</param>
    /// <param name="payload">Source-generated JSON metadata for <typeparamref name="T"/>.</param>
    /// <returns>The trigger.</returns>
    public static WebhookTrigger<T> Webhook<T>(string source, string type, JsonTypeInfo<T> payload)
        => new(source, type, payload);

    /// <summary>
    /// A checkpointed poller: every <paramref name="interval"/> it runs <paramref name="modifiedSince"/> from the last
    /// checkpoint (inclusive), stores the items as events, then advances the checkpoint to the latest modified time.
    /// </summary>
    /// <typeparam name="T">The item (and payload) type.</typeparam>
    /// <param name="name">Name of the poller (its checkpoint key).</param>
    /// <param name="source">The source system the events are attributed to.</param>
    /// <param name="type">The event type the events carry. The events go only to the scenarios that list this trigger in <c>From</c>.</param>
    /// <param name="payload">Source-generated JSON metadata for <typeparamref name="T"/>.</param>
    /// <param name="modifiedSince">The query: items modified at or after the given time (all items when it is <see langword="null"/>).</param>
    /// <param name="subject">The entity id of an item (order id, case id); also the ordering key.</param>
    /// <param name="modifiedAt">When an item was last modified.</param>
    /// <param name="interval">Time between polls; one minute when not given.</param>
    /// <param name="changeId">
    /// What identifies one change of an item (a feed sequence, an event id, an id plus a version). Events are
    /// deduplicated by subject + change id, so two changes of one subject in the same time unit stay two events.
    /// When not given, the change is the item's <paramref name="modifiedAt"/>.
    /// </param>
    /// <returns>The trigger.</returns>
    public static PollTrigger<T> Poll<T>(
        string name,
        string source,
        string type,
        JsonTypeInfo<T> payload,
        Func<DateTimeOffset?, CancellationToken, IAsyncEnumerable<T>> modifiedSince,
        Func<T, string> subject,
        Func<T, DateTimeOffset> modifiedAt,
        TimeSpan? interval = null,
        Func<T, string>? changeId = null)
    {
        ArgumentNullException.ThrowIfNull(modifiedSince);
        return new(name, source, type, payload, (_, since, ct) => modifiedSince(since, ct), subject, modifiedAt, interval ?? TimeSpan.FromMinutes(1), changeId);
    }

    /// <summary>
    /// A checkpointed poller whose query reads the host's services (typed clients, options): every
    /// <paramref name="interval"/> it runs <paramref name="modifiedSince"/> in a fresh service scope from the last
    /// checkpoint (inclusive), stores the items as events, then advances the checkpoint to the latest modified time.
    /// </summary>
    /// <typeparam name="T">The item (and payload) type.</typeparam>
    /// <param name="name">Name of the poller (its checkpoint key).</param>
    /// <param name="source">The source system the events are attributed to.</param>
    /// <param name="type">The event type the events carry. The events go only to the scenarios that list this trigger in <c>From</c>.</param>
    /// <param name="payload">Source-generated JSON metadata for <typeparamref name="T"/>.</param>
    /// <param name="modifiedSince">
    /// The query: the scope's services, then items modified at or after the given time (all items when it is <see langword="null"/>).
    /// </param>
    /// <param name="subject">The entity id of an item (order id, case id); also the ordering key.</param>
    /// <param name="modifiedAt">When an item was last modified.</param>
    /// <param name="interval">Time between polls; one minute when not given.</param>
    /// <param name="changeId">
    /// What identifies one change of an item (a feed sequence, an event id, an id plus a version). Events are
    /// deduplicated by subject + change id, so two changes of one subject in the same time unit stay two events.
    /// When not given, the change is the item's <paramref name="modifiedAt"/>.
    /// </param>
    /// <returns>The trigger.</returns>
    public static PollTrigger<T> Poll<T>(
        string name,
        string source,
        string type,
        JsonTypeInfo<T> payload,
        Func<IServiceProvider, DateTimeOffset?, CancellationToken, IAsyncEnumerable<T>> modifiedSince,
        Func<T, string> subject,
        Func<T, DateTimeOffset> modifiedAt,
        TimeSpan? interval = null,
        Func<T, string>? changeId = null)
        => new(name, source, type, payload, modifiedSince, subject, modifiedAt, interval ?? TimeSpan.FromMinutes(1), changeId);
}
