using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// A communication to produce as a batch job: which template, to whom, on which channel, with what data. The batch job
/// API is <b>assumed</b> (OpenText publishes none; see docs/api/exstream.md); for the published on-demand route use
/// <see cref="OnDemandRequest"/> with <see cref="CommunicationService"/>.
/// </summary>
public sealed class CommunicationRequest
{
    /// <summary>The communication (application/template) id in the domain.</summary>
    public required string CommunicationId { get; init; }

    /// <summary>The driver data source (the communication set's <c>prodDsn</c>); the service default when null.</summary>
    public string? DriverDataSource { get; init; }

    /// <summary>The channel.</summary>
    public required CommunicationChannel Channel { get; init; }

    /// <summary>The recipient.</summary>
    public required Recipient Recipient { get; init; }

    /// <summary>The driver data (the template's variables) as a JSON object.</summary>
    public JsonObject? Data { get; init; }

    /// <summary>The correlation id of the flow that asked for this communication (e.g. the case id); echoed in events.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The job id of the communication this one revises, for a re-issue; see <see cref="JobService.ReissueAsync"/>.</summary>
    public string? RevisionOf { get; init; }

    /// <summary>Why a re-issue was needed.</summary>
    public string? RevisionReason { get; init; }

    /// <summary>
    /// The idempotency key sent with the submission: the same key always yields the same job, so a retried or
    /// replayed submission never sends a letter twice. A random key is used when null.
    /// </summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
