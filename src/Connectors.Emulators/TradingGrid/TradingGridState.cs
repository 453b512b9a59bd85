using System.Security.Cryptography;

namespace Connectors.Emulators.TradingGrid;

/// <summary>
/// The in-memory state of one Trading Grid company: partners, community, documents, transactions,
/// onboarding submissions and the event log. Tests seed and inspect it, and play the partner's side
/// (a partner posts, shares a document, a transaction fails) through its methods; every change
/// appends an event.
/// </summary>
public sealed class TradingGridState
{
    private readonly object _gate = new();
    private readonly List<TgPartner> _partners = [];
    private readonly Dictionary<string, List<TgContact>> _contacts = new(StringComparer.Ordinal);
    private readonly List<TgSpace> _spaces = [];
    private readonly List<TgThread> _threads = [];
    private readonly List<TgPost> _posts = [];
    private readonly List<TgDocument> _documents = [];
    private readonly Dictionary<string, byte[]> _content = new(StringComparer.Ordinal);
    private readonly List<TgTransaction> _transactions = [];
    private readonly List<TgOnboarding> _onboarding = [];
    private readonly List<TgEvent> _events = [];
    private readonly List<TgRecordedRequest> _requests = [];
    private long _ids;

    internal TradingGridState(string companyId, string companyName, TimeProvider time)
    {
        CompanyId = companyId;
        CompanyName = companyName;
        Time = time;
    }

    internal event Action<TgEvent>? EventAppended;

    /// <summary>The company (BUID) this state belongs to.</summary>
    public string CompanyId { get; }

    /// <summary>The company's name.</summary>
    public string CompanyName { get; }

    /// <summary>The company's users, roles and entitlements.</summary>
    public TradingGridUsers Users { get; } = new();

    /// <summary>The clock used for timestamps.</summary>
    public TimeProvider Time { get; set; }

    /// <summary>The identity that posts on behalf of the company (the integration user).</summary>
    public TgAuthor CompanyUser => new("GCINTEGRATION01", CompanyId, "Integration User");

    /// <summary>Every partner.</summary>
    public IReadOnlyList<TgPartner> Partners { get { lock (_gate) { return _partners.ToArray(); } } }

    /// <summary>Every space.</summary>
    public IReadOnlyList<TgSpace> Spaces { get { lock (_gate) { return _spaces.ToArray(); } } }

    /// <summary>Every thread.</summary>
    public IReadOnlyList<TgThread> Threads { get { lock (_gate) { return _threads.ToArray(); } } }

    /// <summary>Every post.</summary>
    public IReadOnlyList<TgPost> Posts { get { lock (_gate) { return _posts.ToArray(); } } }

    /// <summary>Every document.</summary>
    public IReadOnlyList<TgDocument> Documents { get { lock (_gate) { return _documents.ToArray(); } } }

    /// <summary>Every transaction.</summary>
    public IReadOnlyList<TgTransaction> Transactions { get { lock (_gate) { return _transactions.ToArray(); } } }

    /// <summary>Every onboarding submission.</summary>
    public IReadOnlyList<TgOnboarding> OnboardingSubmissions { get { lock (_gate) { return _onboarding.ToArray(); } } }

    /// <summary>The event log.</summary>
    public IReadOnlyList<TgEvent> Events { get { lock (_gate) { return _events.ToArray(); } } }

    /// <summary>The raw bodies of every POST/PUT the emulator received, in order.</summary>
    public IReadOnlyList<TgRecordedRequest> RecordedRequests { get { lock (_gate) { return _requests.ToArray(); } } }

    /// <summary>The stored bytes of a document.</summary>
    /// <param name="documentId">The document.</param>
    public byte[]? GetContent(string documentId)
    {
        lock (_gate)
        {
            return _content.TryGetValue(documentId, out var bytes) ? bytes.ToArray() : null;
        }
    }

    /// <summary>Adds a partner, its space and its contacts (no event: directory set-up).</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="contacts">Its contacts.</param>
    /// <returns>The partner's space.</returns>
    public TgSpace AddPartner(TgPartner partner, params TgContact[] contacts)
    {
        ArgumentNullException.ThrowIfNull(partner);
        lock (_gate)
        {
            _partners.Add(partner);
            _contacts[partner.PartnerCompanyId] = [.. contacts];
            var space = new TgSpace(NewId("SP"), $"{partner.PartnerCompanyName} collaboration", partner.PartnerCompanyId, Now);
            _spaces.Add(space);
            return space;
        }
    }

    /// <summary>The contacts of a partner.</summary>
    /// <param name="partnerCompanyId">The partner.</param>
    public IReadOnlyList<TgContact>? ContactsOf(string partnerCompanyId)
    {
        lock (_gate)
        {
            return _contacts.TryGetValue(partnerCompanyId, out var list) ? list.ToArray() : null;
        }
    }

    /// <summary>The partner plays its part: opens a thread in its space with a first post.</summary>
    /// <param name="spaceId">The space.</param>
    /// <param name="title">Title.</param>
    /// <param name="body">First post.</param>
    /// <param name="category">Category, e.g. <c>Dispute</c>.</param>
    public TgThread PartnerOpensThread(string spaceId, string title, string body, string? category = "Dispute")
    {
        var space = FindSpace(spaceId) ?? throw new ArgumentException($"No space '{spaceId}'.", nameof(spaceId));
        return CreateThread(space, title, body, category, PartnerUser(space.PartnerCompanyId), "Partner", null);
    }

    /// <summary>The partner replies in a thread.</summary>
    /// <param name="threadId">The thread.</param>
    /// <param name="body">Text.</param>
    /// <param name="inReplyTo">The post replied to.</param>
    public TgPost PartnerPosts(string threadId, string body, string? inReplyTo = null)
    {
        var thread = FindThread(threadId) ?? throw new ArgumentException($"No thread '{threadId}'.", nameof(threadId));
        return AddPost(thread, body, "Partner", inReplyTo, PartnerUser(thread.PartnerCompanyId), null, []);
    }

    /// <summary>The partner shares a document in its space.</summary>
    /// <param name="spaceId">The space.</param>
    /// <param name="fileName">File name.</param>
    /// <param name="content">Bytes.</param>
    /// <param name="documentType">Business type.</param>
    /// <param name="threadId">Thread, if any.</param>
    /// <param name="expiresOn">Expiry (certificates).</param>
    public TgDocument PartnerSharesDocument(string spaceId, string fileName, byte[] content, string documentType, string? threadId = null, DateOnly? expiresOn = null)
    {
        var space = FindSpace(spaceId) ?? throw new ArgumentException($"No space '{spaceId}'.", nameof(spaceId));
        return AddDocument(space, threadId, fileName, "application/pdf", content, documentType, expiresOn, null, PartnerUser(space.PartnerCompanyId));
    }

    /// <summary>A partner submits an onboarding request.</summary>
    /// <param name="companyName">The company being onboarded.</param>
    /// <param name="email">Contact e-mail.</param>
    /// <param name="tradingAddresses">Requested EDI addresses.</param>
    /// <param name="documentTypes">Requested document types.</param>
    public TgOnboarding SubmitOnboarding(string companyName, string email, IReadOnlyList<string> tradingAddresses, IReadOnlyList<string> documentTypes)
    {
        lock (_gate)
        {
            var submission = new TgOnboarding
            {
                SubmissionId = NewId("OB"),
                PartnerCompanyName = companyName,
                TradingAddresses = tradingAddresses,
                DocumentTypes = documentTypes,
                Contact = new TgContactInformation(email, null),
                SubmittedAt = Now,
                ModifiedAt = Now,
            };
            _onboarding.Add(submission);
            Append("onboarding.submitted", null, ("submissionId", submission.SubmissionId));
            return submission;
        }
    }

    /// <summary>Records a transaction; a failed or held one appends a <c>transaction.failed</c> event.</summary>
    /// <param name="transaction">The transaction.</param>
    public TgTransaction AddTransaction(TgTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        lock (_gate)
        {
            _transactions.Add(transaction);
            if (transaction.Status is "Failed" or "Held")
            {
                var partner = _partners.FirstOrDefault(p =>
                    p.TradingAddresses.Contains(transaction.SenderAddress) || p.TradingAddresses.Contains(transaction.ReceiverAddress));
                Append("transaction.failed", partner?.PartnerCompanyId, ("transactionId", transaction.TransactionId), ("errorCode", transaction.ErrorCode ?? string.Empty));
            }

            return transaction;
        }
    }

    internal TgSpace? FindSpace(string spaceId)
    {
        lock (_gate)
        {
            return _spaces.FirstOrDefault(s => s.SpaceId == spaceId);
        }
    }

    internal TgThread? FindThread(string threadId)
    {
        lock (_gate)
        {
            return _threads.FirstOrDefault(t => t.ThreadId == threadId);
        }
    }

    internal TgDocument? FindDocument(string documentId)
    {
        lock (_gate)
        {
            return _documents.FirstOrDefault(d => d.DocumentId == documentId);
        }
    }

    internal TgOnboarding? FindOnboarding(string submissionId)
    {
        lock (_gate)
        {
            return _onboarding.FirstOrDefault(o => o.SubmissionId == submissionId);
        }
    }

    internal IReadOnlyList<TgThread> ThreadsIn(string spaceId)
    {
        lock (_gate)
        {
            return _threads.Where(t => t.SpaceId == spaceId).ToArray();
        }
    }

    internal IReadOnlyList<TgPost> PostsIn(string threadId)
    {
        lock (_gate)
        {
            return _posts.Where(p => p.ThreadId == threadId).ToArray();
        }
    }

    internal IReadOnlyList<TgEvent> EventsAfter(long sequence, int count)
    {
        lock (_gate)
        {
            return _events.Where(e => e.Sequence > sequence).Take(count).ToArray();
        }
    }

    internal void Record(string method, string path, string body)
    {
        lock (_gate)
        {
            _requests.Add(new TgRecordedRequest(method, path, body));
        }
    }

    internal TgThread CreateThread(TgSpace space, string title, string body, string? category, TgAuthor author, string visibility, TgInternalData? internalData)
    {
        lock (_gate)
        {
            var thread = new TgThread
            {
                ThreadId = NewId("TH"),
                SpaceId = space.SpaceId,
                PartnerCompanyId = space.PartnerCompanyId,
                Title = title,
                Category = category,
                CreatedBy = author,
                CreatedAt = Now,
                ModifiedAt = Now,
            };
            _threads.Add(thread);
            Append("thread.created", space.PartnerCompanyId, ("spaceId", space.SpaceId), ("threadId", thread.ThreadId));
            AddPost(thread, body, visibility, null, author, internalData, []);
            return thread;
        }
    }

    internal TgPost AddPost(TgThread thread, string body, string visibility, string? inReplyTo, TgAuthor author, TgInternalData? internalData, IReadOnlyList<string> documentIds)
    {
        lock (_gate)
        {
            var post = new TgPost(NewId("PO"), thread.ThreadId, body, visibility, inReplyTo, author, Now, documentIds, internalData);
            _posts.Add(post);
            thread.PostCount++;
            thread.ModifiedAt = Now;
            Append("post.created", thread.PartnerCompanyId, ("spaceId", thread.SpaceId), ("threadId", thread.ThreadId), ("postId", post.PostId), ("visibility", visibility));
            return post;
        }
    }

    internal void Resolve(TgThread thread, string? resolution)
    {
        lock (_gate)
        {
            if (thread.Status == "Resolved")
            {
                return;
            }

            thread.Status = "Resolved";
            thread.Resolution = resolution;
            thread.ResolvedAt = Now;
            thread.ModifiedAt = Now;
            Append("thread.resolved", thread.PartnerCompanyId, ("spaceId", thread.SpaceId), ("threadId", thread.ThreadId));
        }
    }

    internal void Reopen(TgThread thread)
    {
        lock (_gate)
        {
            if (thread.Status == "Open")
            {
                return;
            }

            thread.Status = "Open";
            thread.ResolvedAt = null;
            thread.ModifiedAt = Now;
            Append("thread.reopened", thread.PartnerCompanyId, ("spaceId", thread.SpaceId), ("threadId", thread.ThreadId));
        }
    }

    internal TgDocument AddDocument(TgSpace space, string? threadId, string fileName, string contentType, byte[] content, string documentType, DateOnly? expiresOn, string? description, TgAuthor author)
    {
        lock (_gate)
        {
            var document = new TgDocument(
                NewId("DO"), space.SpaceId, threadId, fileName, contentType, content.LongLength,
                Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant(), documentType, expiresOn, description, author, Now);
            _documents.Add(document);
            _content[document.DocumentId] = content.ToArray();
            Append("document.shared", space.PartnerCompanyId, ("spaceId", space.SpaceId), ("threadId", threadId ?? string.Empty), ("documentId", document.DocumentId));
            return document;
        }
    }

    internal void SetOnboardingStatus(TgOnboarding submission, string status, string? comment)
    {
        lock (_gate)
        {
            submission.Status = status;
            submission.StatusComment = comment;
            submission.ModifiedAt = Now;
            Append("onboarding.statusChanged", submission.PartnerCompanyId, ("submissionId", submission.SubmissionId), ("status", status));
        }
    }

    internal string NewId(string prefix) => $"{prefix}{Interlocked.Increment(ref _ids):D8}";

    private DateTimeOffset Now => Time.GetUtcNow();

    private TgAuthor PartnerUser(string partnerCompanyId)
    {
        lock (_gate)
        {
            var contact = _contacts.TryGetValue(partnerCompanyId, out var list) ? list.FirstOrDefault() : null;
            return contact is null
                ? new TgAuthor($"{partnerCompanyId}-USER", partnerCompanyId, "Partner user")
                : new TgAuthor(contact.UserId, partnerCompanyId, $"{contact.FirstName} {contact.LastName}");
        }
    }

    private void Append(string type, string? partnerCompanyId, params (string Key, string Value)[] data)
    {
        TgEvent appended;
        lock (_gate)
        {
            var sequence = _events.Count + 1;
            appended = new TgEvent(
                $"EV{sequence:D8}", sequence, type, Now, CompanyId, partnerCompanyId,
                data.Where(d => d.Value.Length > 0).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));
            _events.Add(appended);
        }

        EventAppended?.Invoke(appended);
    }
}
