namespace Connectors.Emulators.TradingGrid;

// The emulator's own records, written from docs/api/trading-grid.md (never from the client's types).
// Property names serialize camelCase, except transactions which use Lens's lower-case names.

/// <summary>A trading partner in the company's partner directory.</summary>
/// <param name="PartnerCompanyId">The partner's Trading Grid company id (BUID).</param>
/// <param name="PartnerCompanyName">The partner's name.</param>
/// <param name="TradingAddresses">EDI addresses such as <c>ZZ:DEMOSUPPLIER5</c>.</param>
/// <param name="Status">Relationship status, e.g. <c>Active</c>.</param>
/// <param name="CountryCode">ISO country code.</param>
public sealed record TgPartner(string PartnerCompanyId, string PartnerCompanyName, IReadOnlyList<string> TradingAddresses, string Status, string CountryCode);

/// <summary>Contact details of a partner user.</summary>
/// <param name="Email">E-mail address.</param>
/// <param name="PhoneNumber">Phone number.</param>
public sealed record TgContactInformation(string Email, string? PhoneNumber);

/// <summary>A contact (user) at a partner company.</summary>
/// <param name="UserId">User id.</param>
/// <param name="LoginId">Login id.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Role">Business role, e.g. <c>EDI Coordinator</c>.</param>
/// <param name="ContactInformation">E-mail and phone.</param>
public sealed record TgContact(string UserId, string LoginId, string FirstName, string LastName, string Role, TgContactInformation ContactInformation);

/// <summary>Who wrote a post or uploaded a document.</summary>
/// <param name="UserId">User id.</param>
/// <param name="CompanyId">The author's company id.</param>
/// <param name="DisplayName">Display name.</param>
public sealed record TgAuthor(string UserId, string CompanyId, string DisplayName);

/// <summary>A collaboration space shared with one partner.</summary>
/// <param name="SpaceId">Space id.</param>
/// <param name="Name">Name.</param>
/// <param name="PartnerCompanyId">The partner the space is shared with.</param>
/// <param name="CreatedAt">Creation time.</param>
public sealed record TgSpace(string SpaceId, string Name, string PartnerCompanyId, DateTimeOffset CreatedAt);

/// <summary>A discussion thread in a space.</summary>
public sealed class TgThread
{
    /// <summary>Thread id.</summary>
    public required string ThreadId { get; init; }

    /// <summary>The space.</summary>
    public required string SpaceId { get; init; }

    /// <summary>The partner of the space.</summary>
    public required string PartnerCompanyId { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Category, e.g. <c>Dispute</c>, <c>Claim</c>, <c>Question</c>.</summary>
    public string? Category { get; init; }

    /// <summary><c>Open</c> or <c>Resolved</c>.</summary>
    public string Status { get; set; } = "Open";

    /// <summary>Who opened it.</summary>
    public required TgAuthor CreatedBy { get; init; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The resolution note, partner-visible.</summary>
    public string? Resolution { get; set; }

    /// <summary>How many posts it holds.</summary>
    public int PostCount { get; set; }
}

/// <summary>Internal-only annotations of an internal post.</summary>
/// <param name="Note">Internal note.</param>
/// <param name="CaseReference">Reference to an internal case.</param>
/// <param name="Tags">Internal tags.</param>
public sealed record TgInternalData(string? Note, string? CaseReference, IReadOnlyList<string>? Tags);

/// <summary>A post in a thread.</summary>
/// <param name="PostId">Post id.</param>
/// <param name="ThreadId">Thread id.</param>
/// <param name="Body">Text.</param>
/// <param name="Visibility"><c>Partner</c> or <c>Internal</c>.</param>
/// <param name="InReplyTo">The post this replies to.</param>
/// <param name="Author">Author.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="DocumentIds">Documents attached.</param>
/// <param name="Internal">Internal-only data (internal posts only).</param>
public sealed record TgPost(string PostId, string ThreadId, string Body, string Visibility, string? InReplyTo, TgAuthor Author, DateTimeOffset CreatedAt, IReadOnlyList<string> DocumentIds, TgInternalData? Internal);

/// <summary>A document shared in a space.</summary>
/// <param name="DocumentId">Document id.</param>
/// <param name="SpaceId">Space.</param>
/// <param name="ThreadId">Thread, if shared in one.</param>
/// <param name="FileName">File name.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Hex SHA-256 of the bytes.</param>
/// <param name="DocumentType">Business type, e.g. <c>Invoice</c>, <c>Certificate</c>.</param>
/// <param name="ExpiresOn">Expiry date (certificates).</param>
/// <param name="Description">Description.</param>
/// <param name="UploadedBy">Uploader.</param>
/// <param name="CreatedAt">Upload time.</param>
public sealed record TgDocument(string DocumentId, string SpaceId, string? ThreadId, string FileName, string ContentType, long Size, string Sha256, string DocumentType, DateOnly? ExpiresOn, string? Description, TgAuthor UploadedBy, DateTimeOffset CreatedAt);

/// <summary>A Lens content key (business reference).</summary>
/// <param name="Key">Key, e.g. <c>purchase order number</c>.</param>
/// <param name="Value">Value.</param>
public sealed record TgContentKey(string Key, string Value);

/// <summary>A B2B transaction as Lens reports it (lower-case field names, as Lens spells them).</summary>
public sealed record TgTransaction
{
    /// <summary>Transaction id.</summary>
    public required string TransactionId { get; init; }

    /// <summary>Correlation id shared by the interchange, group and documents.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>Parent (interchange) transaction id.</summary>
    public string? ParentTransactionId { get; init; }

    /// <summary><c>Interchange</c>, <c>Group</c> or <c>Document</c>.</summary>
    public string TransactionLevel { get; init; } = "Document";

    /// <summary>Sender name.</summary>
    public required string SenderName { get; init; }

    /// <summary>Sender EDI address.</summary>
    public required string SenderAddress { get; init; }

    /// <summary>Receiver name.</summary>
    public required string ReceiverName { get; init; }

    /// <summary>Receiver EDI address.</summary>
    public required string ReceiverAddress { get; init; }

    /// <summary>EDI document type, e.g. <c>850</c>.</summary>
    public required string EdiType { get; init; }

    /// <summary>Standard and version, e.g. <c>X12 004010</c>.</summary>
    public string StandardVersion { get; init; } = "004010";

    /// <summary>Status: <c>Delivered</c>, <c>Failed</c>, <c>Held</c>, <c>Processing</c>.</summary>
    public required string Status { get; init; }

    /// <summary>When the status was set.</summary>
    public DateTimeOffset StatusDate { get; init; }

    /// <summary>When the transaction arrived.</summary>
    public DateTimeOffset ArrivalTime { get; init; }

    /// <summary>Error code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Error type.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Error text for the customer.</summary>
    public string? ExternalErrorMessage { get; init; }

    /// <summary>Functional acknowledgement status from the receiver (997/999): <c>Accepted</c>, <c>Rejected</c>, <c>Pending</c>, <c>NotExpected</c>.</summary>
    public string? ReceiveAckStatus { get; init; }

    /// <summary>Delivery status.</summary>
    public string? DeliveryStatus { get; init; }

    /// <summary>Business references.</summary>
    public IReadOnlyList<TgContentKey> ContentKeys { get; init; } = [];
}

/// <summary>A partner onboarding submission.</summary>
public sealed class TgOnboarding
{
    /// <summary>Submission id.</summary>
    public required string SubmissionId { get; init; }

    /// <summary>The partner, once known.</summary>
    public string? PartnerCompanyId { get; init; }

    /// <summary>The company being onboarded.</summary>
    public required string PartnerCompanyName { get; init; }

    /// <summary>Requested EDI addresses.</summary>
    public IReadOnlyList<string> TradingAddresses { get; init; } = [];

    /// <summary>Requested document types, e.g. 850, 856, 810.</summary>
    public IReadOnlyList<string> DocumentTypes { get; init; } = [];

    /// <summary>Who to contact.</summary>
    public TgContactInformation? Contact { get; init; }

    /// <summary>Submitted documents (certificates, tax forms).</summary>
    public IReadOnlyList<string> DocumentIds { get; init; } = [];

    /// <summary><c>Submitted</c>, <c>InReview</c>, <c>Approved</c>, <c>Rejected</c>, <c>Completed</c>.</summary>
    public string Status { get; set; } = "Submitted";

    /// <summary>The comment on the last status change.</summary>
    public string? StatusComment { get; set; }

    /// <summary>Submission time.</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Last change.</summary>
    public DateTimeOffset ModifiedAt { get; set; }
}

/// <summary>A change event.</summary>
/// <param name="EventId">Event id.</param>
/// <param name="Sequence">Position in the company's event log (the poll checkpoint).</param>
/// <param name="EventType">E.g. <c>post.created</c>.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="CompanyId">The subscribing company.</param>
/// <param name="PartnerCompanyId">The partner involved.</param>
/// <param name="Data">Ids of the resources involved.</param>
public sealed record TgEvent(string EventId, long Sequence, string EventType, DateTimeOffset OccurredAt, string CompanyId, string? PartnerCompanyId, IReadOnlyDictionary<string, string> Data);

/// <summary>A registered callback.</summary>
/// <param name="WebhookId">Id.</param>
/// <param name="CallbackUrl">Where events are POSTed.</param>
/// <param name="EventTypes">Types delivered; empty for all.</param>
/// <param name="Secret">The HMAC key.</param>
public sealed record TgWebhook(string WebhookId, Uri CallbackUrl, IReadOnlyList<string> EventTypes, string Secret);

/// <summary>A request body the emulator received, kept for wire-level assertions.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path.</param>
/// <param name="Body">The raw body as text.</param>
public sealed record TgRecordedRequest(string Method, string Path, string Body);

/// <summary>One callback delivery attempt.</summary>
/// <param name="WebhookId">The webhook.</param>
/// <param name="EventId">The event.</param>
/// <param name="StatusCode">The receiver's status, or 0 when unreachable.</param>
public sealed record TgDelivery(string WebhookId, string EventId, int StatusCode);
