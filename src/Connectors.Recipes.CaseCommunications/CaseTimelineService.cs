using System.Text.Json;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>
/// CC-EX-7: one merged, time-ordered view of a case's history (Core Case) and its communications (Exstream jobs linked by
/// <see cref="CaseLink"/> and their delivery events). Registered by <c>AddCaseTimeline</c>; resolve it and call <see cref="GetAsync"/>.
/// </summary>
public class CaseTimelineService
{
    private readonly CoreCaseClient _coreCase;
    private readonly ExstreamClient _exstream;
    private readonly CaseTimelineOptions _options;

    /// <summary>Creates the service.</summary>
    /// <param name="coreCase">The Core Case client.</param>
    /// <param name="exstream">The Exstream client.</param>
    /// <param name="options">The options.</param>
    public CaseTimelineService(CoreCaseClient coreCase, ExstreamClient exstream, CaseTimelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(coreCase);
        ArgumentNullException.ThrowIfNull(exstream);
        ArgumentNullException.ThrowIfNull(options);
        _coreCase = coreCase;
        _exstream = exstream;
        _options = options;
    }

    /// <summary>The timeline of a case, oldest first.</summary>
    /// <param name="caseRef">The case (definition and id).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The entries, ordered by time (case events before communications at the same instant).</returns>
    /// <exception cref="Connectors.Core.ConnectorException">Core Case or Exstream failed; <see cref="CaseNotFoundException"/> for an unknown case.</exception>
    public virtual async Task<IReadOnlyList<CaseTimelineEntry>> GetAsync(CaseRef caseRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        var entries = new List<CaseTimelineEntry>();
        await foreach (var e in _coreCase.Events.ListHistoryAsync(caseRef, cancellationToken).ConfigureAwait(false))
        {
            if (Describe(e) is { } entry)
            {
                entries.Add(entry);
            }
        }

        await foreach (var job in _exstream.Jobs.ListAsync(CaseLink.Format(caseRef)).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var what = $"{job.CommunicationId} submitted ({job.Channel?.Value}{(job.Revision > 1 ? $", revision {job.Revision}" : string.Empty)})";
            var why = job.RevisionOf is null ? null : $"{job.RevisionReason} (revises job {job.RevisionOf})";
            entries.Add(new CaseTimelineEntry(job.SubmittedAt ?? DateTimeOffset.MinValue, "communication", what, why, job.JobId));
            await foreach (var d in _exstream.DeliveryEvents.ListAsync(jobId: job.JobId).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (d.Type == ExstreamEventType.JobCompleted && !_options.IncludeJobCompletion)
                {
                    continue;
                }

                var reason = d.Reason is null ? null : $"{d.Reason.Code}: {d.Reason.Message}";
                entries.Add(new CaseTimelineEntry(d.OccurredAt ?? DateTimeOffset.MinValue, "communication", $"{job.CommunicationId} {d.Type.Value}", reason, d.EventId));
            }
        }

        return [.. entries.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => x.e.Source == "case" ? 0 : 1).ThenBy(x => x.i).Select(x => x.e)];
    }

    private CaseTimelineEntry? Describe(CaseEvent e)
    {
        string? Data(string name) => e.Data.ValueKind == JsonValueKind.Object && e.Data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        if (e.Type == CaseEventType.CommentAdded && !_options.IncludeInternalNotes && Data("visibility") != "SHARED")
        {
            return null;
        }

        var payload = CaseEventTriggers.ToPayload(e);
        var what = e.Type.Value switch
        {
            "STATUS_CHANGED" => $"STATUS_CHANGED {payload.FromStatus} → {payload.ToStatus}",
            "CASE_UPDATED" => $"CASE_UPDATED {string.Join(", ", payload.ChangedAttributes)}",
            _ => e.Type.Value,
        };
        return new CaseTimelineEntry(e.OccurredOn, "case", what, Data("reason"), e.Id);
    }
}
