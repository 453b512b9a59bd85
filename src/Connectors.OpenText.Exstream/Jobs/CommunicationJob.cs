using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream;

/// <summary>A batch communication job and where it is in its life.</summary>
public sealed class CommunicationJob
{
    /// <summary>The job id.</summary>
    [JsonRequired]
    public string JobId { get; set; } = string.Empty;

    /// <summary>The domain the job runs in.</summary>
    public string? Domain { get; set; }

    /// <summary>The communication (template) id.</summary>
    public string? CommunicationId { get; set; }

    /// <summary>The driver data source used.</summary>
    public string? DriverDataSource { get; set; }

    /// <summary>The channel, when the service reported it.</summary>
    public CommunicationChannel? Channel { get; set; }

    /// <summary>The state.</summary>
    [JsonRequired]
    public JobState State { get; set; }

    /// <summary>The correlation id given at submission.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The job this one re-issues, or null for an original.</summary>
    public string? RevisionOf { get; set; }

    /// <summary>1 for an original; the original's revision + 1 for a re-issue.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>Why the communication was re-issued.</summary>
    public string? RevisionReason { get; set; }

    /// <summary>The recipient.</summary>
    public Recipient? Recipient { get; set; }

    /// <summary>When the job was accepted.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>When composition started.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the job completed or failed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>How many outputs the job produced.</summary>
    public int OutputCount { get; set; }

    /// <summary>Why the job failed, when it did.</summary>
    public JobError? Error { get; set; }
}

/// <summary>Why a job failed.</summary>
public sealed class JobError
{
    /// <summary>The engine's error code.</summary>
    public string? Code { get; set; }

    /// <summary>The engine's message.</summary>
    public string? Message { get; set; }
}
