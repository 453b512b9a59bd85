using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Telemetry;
using Microsoft.Extensions.Logging;

namespace Connectors.Scenarios.Runtime;

/// <summary>Validates, routes and durably stores pushed events, then wakes the runner.</summary>
internal sealed class ScenarioInbox(IScenarioStore store, ScenarioCatalog catalog, WorkSignal signal, ScenarioOptions options, TimeProvider time, ILogger logger)
    : IScenarioInbox
{
    public ValueTask<SubmitResult> SubmitAsync(EventEnvelope envelope, CancellationToken cancellationToken = default)
        => SubmitAsync([envelope], cancellationToken);

    public async ValueTask<SubmitResult> SubmitAsync(IReadOnlyList<EventEnvelope> envelopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        var targets = new List<StoredEvent>(envelopes.Count);
        foreach (var envelope in envelopes)
        {
            Validate(envelope);
            var before = targets.Count;
            catalog.Route(envelope, targets);
            if (targets.Count == before)
            {
                Log.EventUnrouted(logger, envelope.Id, envelope.Source, envelope.Type);
            }
        }

        if (targets.Count == 0)
        {
            return default;
        }

        var accepted = await store.EnqueueAsync(targets, checkpoint: null, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Record(accepted, targets.Count - accepted);
        if (accepted > 0)
        {
            signal.Notify();
        }

        return new SubmitResult(accepted, targets.Count - accepted);
    }

    internal static void Record(int accepted, int duplicates)
    {
        if (accepted > 0)
        {
            ScenarioTelemetry.EventsReceived.Add(accepted);
        }

        if (duplicates > 0)
        {
            ScenarioTelemetry.EventsDuplicated.Add(duplicates);
        }
    }

    private void Validate(EventEnvelope? envelope)
    {
        if (envelope is null)
        {
            throw new ScenarioEnvelopeException("The envelope is null.");
        }

        if (string.IsNullOrWhiteSpace(envelope.Id) || string.IsNullOrWhiteSpace(envelope.Source) || string.IsNullOrWhiteSpace(envelope.Type))
        {
            throw new ScenarioEnvelopeException($"Envelope '{envelope.Id}' is missing its id, source or type; all three are required.");
        }

        if (envelope.Payload is null)
        {
            throw new ScenarioEnvelopeException($"Envelope '{envelope.Id}' has no payload.");
        }

        if (envelope.Payload.Length > options.MaxPayloadLength)
        {
            throw new ScenarioEnvelopeException($"The payload of envelope '{envelope.Id}' has {envelope.Payload.Length} characters; the limit is {options.MaxPayloadLength}.");
        }
    }
}
