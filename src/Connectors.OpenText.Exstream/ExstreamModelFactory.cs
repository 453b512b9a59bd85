namespace Connectors.OpenText.Exstream;

/// <summary>Builds Exstream output models for users' own tests.</summary>
public static class ExstreamModelFactory
{
    /// <summary>A generated document.</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="mimeType">The media type.</param>
    /// <param name="fileName">The engine's file name.</param>
    /// <param name="queueName">The output queue.</param>
    /// <param name="empowerDocumentId">The Empower document id, for an Empower output.</param>
    public static GeneratedDocument GeneratedDocument(ReadOnlyMemory<byte> content, string mimeType = "application/pdf", string? fileName = null, string? queueName = null, string? empowerDocumentId = null)
        => new(content, mimeType, new EngineOutputContext { FileName = fileName, QueueName = queueName }) { EmpowerDocumentId = empowerDocumentId };

    /// <summary>A DAS domain.</summary>
    /// <param name="id">The domain id.</param>
    /// <param name="production">Whether it is for production.</param>
    public static ExstreamDomain ExstreamDomain(string id, bool production = false) => new() { Id = id, Production = production };

    /// <summary>A DAS resource version.</summary>
    /// <param name="id">The resource id.</param>
    /// <param name="name">The name.</param>
    /// <param name="type">The type.</param>
    /// <param name="state">The state; approved when null.</param>
    /// <param name="version">The version.</param>
    public static DesignResource DesignResource(string id, string name, ResourceType type, ResourceState? state = null, int version = 1)
        => new() { Id = id, Name = name, Type = type, State = state ?? ResourceState.Approved, Version = version };

    /// <summary>A communication set manifest with one driver data source and one output queue.</summary>
    /// <param name="driverDataSource">The driver's <c>prodDsn</c>.</param>
    /// <param name="queueDriver">The output queue's driver (<c>PDF</c>, <c>Empower</c>).</param>
    public static CommunicationSetManifest CommunicationSetManifest(string driverDataSource, string queueDriver = "PDF")
        => new() { DataSources = [new ManifestDataSource { ProdDsn = driverDataSource, Name = driverDataSource }], Queues = [new ManifestQueue { Driver = queueDriver, Name = queueDriver }] };

    /// <summary>An engine failure, to build an <see cref="ExstreamEngineException"/> in tests.</summary>
    /// <param name="errorMessage">The message.</param>
    /// <param name="statusCode">The engine status.</param>
    /// <param name="queueName">The output queue.</param>
    public static EngineError EngineError(string errorMessage, string? statusCode = null, string? queueName = null)
        => new() { ErrorMessage = errorMessage, StatusCode = statusCode, EngineOutputContext = queueName is null ? null : new EngineOutputContext { QueueName = queueName } };

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
