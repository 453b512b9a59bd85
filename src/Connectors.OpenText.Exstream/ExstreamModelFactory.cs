namespace Connectors.OpenText.Exstream;

/// <summary>Builds Exstream output models for users' own tests.</summary>
public static class ExstreamModelFactory
{
    /// <summary>A job.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="state">The state.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="correlationId">The correlation id.</param>
    /// <param name="revisionOf">The original job, for a re-issue.</param>
    /// <param name="revision">The revision number.</param>
    /// <param name="error">The failure, for a failed job.</param>
    public static CommunicationJob CommunicationJob(
        string jobId,
        JobState state,
        CommunicationChannel? channel = null,
        string? correlationId = null,
        string? revisionOf = null,
        int revision = 1,
        JobError? error = null)
        => new()
        {
            JobId = jobId,
            State = state,
            Channel = channel,
            CorrelationId = correlationId,
            RevisionOf = revisionOf,
            Revision = revision,
            Error = error,
        };

    /// <summary>An output's metadata.</summary>
    /// <param name="outputId">The output id.</param>
    /// <param name="jobId">The job id.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="mimeType">The media type.</param>
    /// <param name="size">The size in bytes.</param>
    public static JobOutput JobOutput(string outputId, string jobId, string fileName, string mimeType = "application/pdf", long? size = null)
        => new() { OutputId = outputId, JobId = jobId, FileName = fileName, MimeType = mimeType, Size = size };

    /// <summary>An event.</summary>
    /// <param name="eventId">The event id.</param>
    /// <param name="sequence">The sequence number.</param>
    /// <param name="type">The type.</param>
    /// <param name="jobId">The job id.</param>
    /// <param name="correlationId">The correlation id.</param>
    /// <param name="reasonCode">The failure reason code, if any.</param>
    /// <param name="recipient">The recipient.</param>
    public static ExstreamEvent ExstreamEvent(
        string eventId,
        long sequence,
        ExstreamEventType type,
        string? jobId = null,
        string? correlationId = null,
        string? reasonCode = null,
        Recipient? recipient = null)
        => new()
        {
            EventId = eventId,
            Sequence = sequence,
            Type = type,
            JobId = jobId,
            CorrelationId = correlationId,
            Recipient = recipient,
            Reason = reasonCode is null ? null : new EventReason { Code = reasonCode },
        };
}
