using System.Runtime.CompilerServices;
using Connectors.OpenText.Exstream;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>
/// Poll twins of Exstream's callbacks. Exstream's feed is checkpointed on a sequence, the engine's poller on a
/// time, so the poll reads the feed and keeps the events at or after the engine's checkpoint time. The feed, the job
/// outputs and the callbacks are <b>assumed</b> routes (OpenText publishes none; docs/api/exstream.md).
/// </summary>
internal static class ExstreamEventTriggers
{
    public const string Source = "exstream";
    public const string DocumentType = "job.output";
    public const string DeliveryFailureType = "delivery.failure";

    /// <summary>One event per output document of every completed job.</summary>
    public static PollTrigger<GeneratedDocumentPayload> Documents(string name, TimeSpan interval)
        => Trigger.Poll(
            name,
            Source,
            DocumentType,
            CaseCommunicationsJsonContext.Default.GeneratedDocumentPayload,
            (services, since, ct) => ReadDocumentsAsync(services, since, ct),
            d => $"{d.JobId}/{d.OutputId}",
            d => d.CompletedAt,
            interval);

    /// <summary>Delivery failures of the given types, one subject per job + recipient (a batch job fails for many recipients at once).</summary>
    public static PollTrigger<DeliveryFailurePayload> DeliveryFailures(string name, TimeSpan interval, IReadOnlyCollection<string> types)
        => Trigger.Poll(
            name,
            Source,
            DeliveryFailureType,
            CaseCommunicationsJsonContext.Default.DeliveryFailurePayload,
            (services, since, ct) => ReadFailuresAsync(services, since, types, ct),
            f => $"{f.JobId}/{f.RecipientKey}",
            f => f.OccurredAt,
            interval);

    internal static DeliveryFailurePayload ToFailure(ExstreamEvent e, DateTimeOffset at) => new(
        e.EventId,
        e.Type.Value,
        e.JobId ?? string.Empty,
        e.CommunicationId,
        e.Channel?.Value,
        e.CorrelationId,
        Recipients.From(e.Recipient),
        e.Reason?.Code,
        e.Reason?.Message,
        at);

    private static async IAsyncEnumerable<GeneratedDocumentPayload> ReadDocumentsAsync(
        IServiceProvider services, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<ExstreamClient>();
        await foreach (var e in client.DeliveryEvents.ListAsync(type: ExstreamEventType.JobCompleted).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (e.JobId is null || (since is { } from && (e.OccurredAt ?? from) < from))
            {
                continue;
            }

            await foreach (var output in client.Outputs.ListAsync(e.JobId).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return new GeneratedDocumentPayload(
                    e.JobId, output.OutputId, output.FileName, output.MimeType, e.CommunicationId, e.CorrelationId, e.OccurredAt ?? output.CreatedAt ?? DateTimeOffset.UnixEpoch);
            }
        }
    }

    private static async IAsyncEnumerable<DeliveryFailurePayload> ReadFailuresAsync(
        IServiceProvider services, DateTimeOffset? since, IReadOnlyCollection<string> types, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<ExstreamClient>();
        await foreach (var e in client.DeliveryEvents.ListAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var at = e.OccurredAt ?? DateTimeOffset.UnixEpoch;
            if (e.JobId is not null && types.Contains(e.Type.Value) && (since is null || at >= since))
            {
                yield return ToFailure(e, at);
            }
        }
    }
}
