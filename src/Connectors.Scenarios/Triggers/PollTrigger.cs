using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Triggers;

/// <summary>
/// A trigger that runs a "modified since" query on a schedule. The engine stores what the query returns and
/// only then advances the checkpoint, so a crash re-reads rather than loses; duplicates are dropped by the inbox.
/// Create it with <c>Trigger.Poll</c>.
/// </summary>
/// <typeparam name="T">The item (and payload) type.</typeparam>
public sealed class PollTrigger<T> : ScenarioTrigger<T>, IPollSource
{
    private readonly Func<IServiceProvider, DateTimeOffset?, CancellationToken, IAsyncEnumerable<T>> _modifiedSince;
    private readonly Func<T, string> _subject;
    private readonly Func<T, DateTimeOffset> _modifiedAt;
    private readonly Func<T, string>? _changeId;

    internal PollTrigger(
        string name,
        string source,
        string type,
        JsonTypeInfo<T> payloadType,
        Func<IServiceProvider, DateTimeOffset?, CancellationToken, IAsyncEnumerable<T>> modifiedSince,
        Func<T, string> subject,
        Func<T, DateTimeOffset> modifiedAt,
        TimeSpan interval,
        Func<T, string>? changeId = null)
        : base(source, type, payloadType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(modifiedSince);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(modifiedAt);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        if (type.EndsWith('*'))
        {
            throw new ArgumentException("A poll trigger produces events of one exact type; '*' is not allowed.", nameof(type));
        }

        Name = name;
        Interval = interval;
        _modifiedSince = modifiedSince;
        _subject = subject;
        _modifiedAt = modifiedAt;
        _changeId = changeId;
    }

    /// <summary>Name of the poller; its checkpoint is stored under this name.</summary>
    public string Name { get; }

    /// <summary>Time between polls.</summary>
    public TimeSpan Interval { get; }

    async IAsyncEnumerable<PolledEvent> IPollSource.PollAsync(IServiceProvider services, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in _modifiedSince(services, since, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var subject = _subject(item);
            var modifiedAt = _modifiedAt(item);
            // The id names the change, not the poller: two pollers reading the same change (two recipes' poll
            // twins over one resource) produce one event per scenario instead of two. The change is the subject's
            // modified time unless the trigger says what identifies it (a feed sequence, an event id): then two
            // changes of one subject in the same time unit stay two events.
            var change = _changeId is null ? modifiedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : _changeId(item);
            if (string.IsNullOrEmpty(change))
            {
                throw new InvalidOperationException($"Poll trigger '{Name}' produced an empty change id for subject '{subject}'.");
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{Source}/{Type}/{subject}/{change}");
            var envelope = EventEnvelope.Create(id, Source, Type, item, PayloadType) with
            {
                Subject = subject,
                OccurredAt = modifiedAt,
            };
            yield return new PolledEvent(envelope, modifiedAt);
        }
    }
}

/// <summary>One event read by a poller, with the "modified" time that moves its checkpoint.</summary>
/// <param name="Envelope">The event.</param>
/// <param name="ModifiedAt">When the item was last modified.</param>
public readonly record struct PolledEvent(EventEnvelope Envelope, DateTimeOffset ModifiedAt);

/// <summary>The non-generic view of a poll trigger that the engine schedules.</summary>
public interface IPollSource
{
    /// <summary>Name of the poller; its checkpoint is stored under this name.</summary>
    string Name { get; }

    /// <summary>Time between polls.</summary>
    TimeSpan Interval { get; }

    /// <summary>Reads the items modified at or after <paramref name="since"/> as events.</summary>
    /// <param name="services">The host's services, scoped to this poll.</param>
    /// <param name="since">The checkpoint, or <see langword="null"/> on the first poll.</param>
    /// <param name="cancellationToken">Cancels the poll.</param>
    /// <returns>The events.</returns>
    IAsyncEnumerable<PolledEvent> PollAsync(IServiceProvider services, DateTimeOffset? since, CancellationToken cancellationToken = default);
}
