using System.Text.Json.Serialization.Metadata;
using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Triggers;

/// <summary>
/// What starts a scenario: events of one source and type, read as <typeparamref name="T"/>.
/// Create triggers with <see cref="Trigger"/>.
/// </summary>
/// <typeparam name="T">The payload type.</typeparam>
public abstract class ScenarioTrigger<T> : IScenarioTrigger
{
    /// <summary>Creates a trigger.</summary>
    /// <param name="source">The source system, for example <c>bigcommerce</c>.</param>
    /// <param name="type">The event type; a trailing <c>*</c> matches any type with that prefix.</param>
    /// <param name="payloadType">Source-generated JSON metadata used to read the payload.</param>
    protected ScenarioTrigger(string source, string type, JsonTypeInfo<T> payloadType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(payloadType);
        Source = source;
        Type = type;
        PayloadType = payloadType;
    }

    /// <summary>The source system.</summary>
    public string Source { get; }

    /// <summary>The event type; a trailing <c>*</c> matches any type with that prefix.</summary>
    public string Type { get; }

    /// <summary>Source-generated JSON metadata used to read the payload.</summary>
    public JsonTypeInfo<T> PayloadType { get; }

    /// <summary>Whether this trigger starts its scenario for <paramref name="envelope"/>.</summary>
    /// <param name="envelope">The event.</param>
    /// <returns><see langword="true"/> when source and type match.</returns>
    public virtual bool Matches(EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (!string.Equals(envelope.Source, Source, StringComparison.Ordinal))
        {
            return false;
        }

        return Type.EndsWith('*')
            ? envelope.Type.StartsWith(Type.AsSpan(0, Type.Length - 1), StringComparison.Ordinal)
            : string.Equals(envelope.Type, Type, StringComparison.Ordinal);
    }
}

/// <summary>The non-generic view of a trigger that the engine routes with.</summary>
public interface IScenarioTrigger
{
    /// <summary>Whether this trigger starts its scenario for <paramref name="envelope"/>.</summary>
    /// <param name="envelope">The event.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    bool Matches(EventEnvelope envelope);
}
