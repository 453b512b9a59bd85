using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>A communication to produce as a batch job: which template, to whom, on which channel, with what data.</summary>
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

    /// <summary>The job id of the communication this one revises, for a re-issue; see <see cref="CommunicationService.ReissueAsync"/>.</summary>
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

/// <summary>A synchronous (on-demand) document request.</summary>
public sealed class OnDemandRequest
{
    /// <summary>The communication id.</summary>
    public required string CommunicationId { get; init; }

    /// <summary>The driver data source (the communication set's <c>prodDsn</c>).</summary>
    public required string DriverDataSource { get; init; }

    /// <summary>The driver data.</summary>
    public required JsonNode Data { get; init; }

    /// <summary>The Empower (Interactive) system user, when the communication produces Interactive documents.</summary>
    public string? EmpowerUser { get; init; }
}
