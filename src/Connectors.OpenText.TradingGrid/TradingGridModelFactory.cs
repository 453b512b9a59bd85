namespace Connectors.OpenText.TradingGrid;

/// <summary>Builds Trading Grid output models for users' own tests and mocks.</summary>
public static class TradingGridModelFactory
{
    /// <summary>The company.</summary>
    /// <param name="companyId">The company id (BUID).</param>
    /// <param name="companyName">The name.</param>
    public static TradingGridCompany TradingGridCompany(string companyId, string? companyName = null)
        => new() { CompanyId = companyId, CompanyName = companyName };

    /// <summary>A user.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="loginId">The login id.</param>
    /// <param name="firstName">First name.</param>
    /// <param name="lastName">Last name.</param>
    /// <param name="email">E-mail address.</param>
    public static TradingGridUser TradingGridUser(string userId, string loginId, string? firstName = null, string? lastName = null, string? email = null)
        => new() { UserId = userId, LoginId = loginId, FirstName = firstName, LastName = lastName, Email = email };

    /// <summary>The answer to creating a user.</summary>
    /// <param name="uniqueId">The new user's id.</param>
    public static CreatedUser CreatedUser(string uniqueId) => new() { UniqueId = uniqueId };

    /// <summary>One Lens answer.</summary>
    /// <param name="total">How many match in all.</param>
    /// <param name="offset">The offset of the first transaction.</param>
    /// <param name="transactions">The transactions.</param>
    public static TransactionPage TransactionPage(long total, long offset, params B2BTransaction[] transactions)
        => new() { Count = transactions.Length, Total = total, Offset = offset, Transactions = transactions };

    /// <summary>A partner.</summary>
    /// <param name="partnerCompanyId">The partner's company id.</param>
    /// <param name="partnerCompanyName">The partner's name.</param>
    /// <param name="tradingAddresses">EDI addresses.</param>
    public static TradingPartner TradingPartner(string partnerCompanyId, string partnerCompanyName, params string[] tradingAddresses)
        => new() { PartnerCompanyId = partnerCompanyId, PartnerCompanyName = partnerCompanyName, TradingAddresses = tradingAddresses, Status = "Active" };

    /// <summary>A thread.</summary>
    /// <param name="threadId">Thread id.</param>
    /// <param name="spaceId">Space id.</param>
    /// <param name="partnerCompanyId">The partner.</param>
    /// <param name="title">Title.</param>
    /// <param name="status">Status; open when <c>null</c>.</param>
    /// <param name="createdAt">Creation time.</param>
    public static CommunityThread CommunityThread(string threadId, string spaceId, string partnerCompanyId, string title, ThreadStatus? status = null, DateTimeOffset createdAt = default)
        => new()
        {
            ThreadId = threadId, SpaceId = spaceId, PartnerCompanyId = partnerCompanyId, Title = title,
            Status = status ?? ThreadStatus.Open, CreatedAt = createdAt, ModifiedAt = createdAt,
        };

    /// <summary>A post.</summary>
    /// <param name="postId">Post id.</param>
    /// <param name="threadId">Thread id.</param>
    /// <param name="body">Text.</param>
    /// <param name="visibility">Visibility; partner when <c>null</c>.</param>
    /// <param name="authorCompanyId">The author's company.</param>
    /// <param name="createdAt">Creation time.</param>
    public static CommunityPost CommunityPost(string postId, string threadId, string body, PostVisibility? visibility = null, string? authorCompanyId = null, DateTimeOffset createdAt = default)
        => new()
        {
            PostId = postId, ThreadId = threadId, Body = body, Visibility = visibility ?? PostVisibility.Partner, CreatedAt = createdAt,
            Author = authorCompanyId is null ? null : new CommunityAuthor { UserId = authorCompanyId + "-USER", CompanyId = authorCompanyId },
        };

    /// <summary>A shared document.</summary>
    /// <param name="documentId">Document id.</param>
    /// <param name="spaceId">Space id.</param>
    /// <param name="fileName">File name.</param>
    /// <param name="documentType">Business type.</param>
    /// <param name="expiresOn">Expiry date.</param>
    public static SharedDocument SharedDocument(string documentId, string spaceId, string fileName, DocumentType documentType, DateOnly? expiresOn = null)
        => new() { DocumentId = documentId, SpaceId = spaceId, FileName = fileName, DocumentType = documentType, ExpiresOn = expiresOn };

    /// <summary>A transaction.</summary>
    /// <param name="transactionId">Transaction id.</param>
    /// <param name="documentType">EDI document type.</param>
    /// <param name="status">Status.</param>
    /// <param name="errorCode">Error code.</param>
    /// <param name="errorMessage">Error text.</param>
    /// <param name="acknowledgementStatus">Acknowledgement status.</param>
    public static B2BTransaction B2BTransaction(string transactionId, EdiDocumentType documentType, TransactionStatus status, string? errorCode = null, string? errorMessage = null, AcknowledgementStatus? acknowledgementStatus = null)
        => new()
        {
            TransactionId = transactionId, DocumentType = documentType, Status = status, ErrorCode = errorCode, ErrorMessage = errorMessage,
            AcknowledgementStatus = acknowledgementStatus,
        };

    /// <summary>An onboarding submission.</summary>
    /// <param name="submissionId">Submission id.</param>
    /// <param name="partnerCompanyName">The company being onboarded.</param>
    /// <param name="status">Status.</param>
    public static OnboardingSubmission OnboardingSubmission(string submissionId, string partnerCompanyName, OnboardingStatus status)
        => new() { SubmissionId = submissionId, PartnerCompanyName = partnerCompanyName, Status = status };

    /// <summary>An event.</summary>
    /// <param name="eventId">Event id.</param>
    /// <param name="eventType">Type.</param>
    /// <param name="data">The ids involved.</param>
    /// <param name="partnerCompanyId">The partner.</param>
    public static TradingGridEvent TradingGridEvent(string eventId, TradingGridEventType eventType, TradingGridEventData? data = null, string? partnerCompanyId = null)
        => new() { EventId = eventId, EventType = eventType, Data = data ?? new TradingGridEventData(), PartnerCompanyId = partnerCompanyId };

    /// <summary>A batch of events read from the feed.</summary>
    /// <param name="checkpoint">The checkpoint after the batch.</param>
    /// <param name="events">The events.</param>
    public static EventBatch EventBatch(string checkpoint, params TradingGridEvent[] events)
        => new() { Checkpoint = checkpoint, Events = events };
}
