using System.Text.Json.Nodes;

namespace Connectors.Emulators.Exstream;

/// <summary>What happens to a communication after it is delivered to its channel.</summary>
public enum ExstreamDeliveryOutcome
{
    /// <summary>Delivered (email accepted, SMS delivered, letter mailed).</summary>
    Delivered,

    /// <summary>Email bounced / SMS rejected: event <c>delivery.failed</c>, reason <c>bounced</c>.</summary>
    Bounced,

    /// <summary>The address does not exist: event <c>delivery.invalid_address</c>.</summary>
    InvalidAddress,

    /// <summary>The letter came back: event <c>delivery.returned_mail</c>.</summary>
    ReturnedMail,
}

/// <summary>How an emulated job ends.</summary>
internal enum JobFate
{
    Complete,
    Fail,
    Stall,
}

/// <summary>One job as the emulator holds it; read it through <see cref="ExstreamEmulator.Jobs"/>.</summary>
public sealed class EmulatedJob
{
    internal EmulatedJob(string id, string domain, JsonObject request, DateTimeOffset submittedAt)
    {
        Id = id;
        Domain = domain;
        Request = request;
        SubmittedAt = submittedAt;
    }

    /// <summary>The job id.</summary>
    public string Id { get; }

    /// <summary>The domain the job ran in.</summary>
    public string Domain { get; }

    /// <summary>The submitted request body as received.</summary>
    public JsonObject Request { get; }

    /// <summary>When the job was accepted.</summary>
    public DateTimeOffset SubmittedAt { get; }

    /// <summary><c>queued</c>, <c>processing</c>, <c>completed</c> or <c>failed</c>.</summary>
    public string State { get; internal set; } = "queued";

    /// <summary>When processing started.</summary>
    public DateTimeOffset? StartedAt { get; internal set; }

    /// <summary>When the job completed or failed.</summary>
    public DateTimeOffset? CompletedAt { get; internal set; }

    /// <summary>The revision number: 1 for an original, original + 1 for a re-issue.</summary>
    public int Revision { get; internal set; } = 1;

    /// <summary>The outputs rendered when the job completed.</summary>
    public IReadOnlyList<EmulatedOutput> Outputs => OutputList;

    internal List<EmulatedOutput> OutputList { get; } = [];

    internal JobFate Fate { get; set; }

    internal string? ErrorCode { get; set; }

    internal string? ErrorMessage { get; set; }

    internal bool CompletionEventRaised { get; set; }

    internal bool DeliveryEventRaised { get; set; }

    internal string CommunicationId => Request["communicationId"]?.GetValue<string>() ?? string.Empty;

    internal string Channel => Request["channel"]?.GetValue<string>() ?? string.Empty;

    internal JsonObject Recipient => Request["recipient"] as JsonObject ?? [];

    internal string? CorrelationId => Request["correlationId"]?.GetValue<string>();

    internal string? RevisionOf => Request["revisionOf"]?.GetValue<string>();
}

/// <summary>One rendered output file.</summary>
/// <param name="Id">The output id.</param>
/// <param name="FileName">The file name.</param>
/// <param name="MimeType">The media type (<c>application/pdf</c> or <c>text/plain</c>).</param>
/// <param name="Content">The bytes.</param>
/// <param name="QueueName">The Exstream output queue that produced it.</param>
/// <param name="CreatedAt">When it was rendered.</param>
public sealed record EmulatedOutput(string Id, string FileName, string MimeType, byte[] Content, string QueueName, DateTimeOffset CreatedAt);

/// <summary>One event in the emulator's event log (poll endpoint and callbacks share it).</summary>
/// <param name="Sequence">Position in the domain's log, from 1.</param>
/// <param name="Domain">The domain.</param>
/// <param name="Body">The JSON body exactly as served and signed.</param>
public sealed record EmulatedEvent(long Sequence, string Domain, JsonObject Body)
{
    /// <summary>The event id.</summary>
    public string EventId => Body["eventId"]!.GetValue<string>();

    /// <summary>The event type, e.g. <c>delivery.failed</c>.</summary>
    public string Type => Body["type"]!.GetValue<string>();
}

/// <summary>A registered callback URL.</summary>
/// <param name="Id">The subscription id.</param>
/// <param name="Domain">The domain whose events it receives.</param>
/// <param name="Url">Where events are posted.</param>
/// <param name="Secret">The shared HMAC secret.</param>
/// <param name="EventTypes">The event types it wants; empty for all.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record CallbackSubscription(string Id, string Domain, Uri Url, string Secret, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt);

/// <summary>One attempt to post an event to a callback URL.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="EventId">The event.</param>
/// <param name="Attempt">1 for the first try.</param>
/// <param name="StatusCode">The receiver's status, or null when the connection failed.</param>
public sealed record CallbackAttempt(string SubscriptionId, string EventId, int Attempt, int? StatusCode);

/// <summary>An Empower document the emulator imported for an on-demand generation with an <c>empowerUser</c>.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="CommunicationId">The communication that generated it.</param>
/// <param name="EmpowerUser">The Empower user that imported it.</param>
/// <param name="RecipientName">The name found in the driver data.</param>
/// <param name="CreatedAt">When it was generated.</param>
public sealed record EmpowerDocumentRecord(string DocumentId, string CommunicationId, string EmpowerUser, string RecipientName, DateTimeOffset CreatedAt);
