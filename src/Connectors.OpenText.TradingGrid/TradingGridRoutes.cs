namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// Every Trading Grid path in one place (see docs/api/trading-grid.md). "documented" = seen in OpenText's
/// public Postman collections (opentext/BN-Trading-Grid); "assumed" = follows those conventions.
/// </summary>
internal static class TradingGridRoutes
{
    /// <summary>documented [S1]: the company (BUID) root of every Community Management path.</summary>
    public static string Company(string companyId) => $"TGCommunityServices/v1/companies/{E(companyId)}";

    /// <summary>documented [S1]: partner directory with partnerCompanyId / partnerCompanyName / tradingAddress filters.</summary>
    public static string PartnerDirectory(string companyId) => $"{Company(companyId)}/partnerDirectory";

    /// <summary>assumed: one partner.</summary>
    public static string Partner(string companyId, string partnerCompanyId) => $"{PartnerDirectory(companyId)}/{E(partnerCompanyId)}";

    /// <summary>assumed: a partner's contacts.</summary>
    public static string PartnerContacts(string companyId, string partnerCompanyId) => $"{Partner(companyId, partnerCompanyId)}/contacts";

    /// <summary>assumed: onboarding submissions.</summary>
    public static string OnboardingRequests(string companyId) => $"{Company(companyId)}/onboardingRequests";

    /// <summary>assumed: one onboarding submission.</summary>
    public static string OnboardingRequest(string companyId, string submissionId) => $"{OnboardingRequests(companyId)}/{E(submissionId)}";

    /// <summary>assumed: an onboarding submission's status.</summary>
    public static string OnboardingStatus(string companyId, string submissionId) => $"{OnboardingRequest(companyId, submissionId)}/status";

    /// <summary>assumed: community spaces.</summary>
    public static string Spaces(string companyId) => $"{Company(companyId)}/spaces";

    /// <summary>assumed: one space.</summary>
    public static string Space(string companyId, string spaceId) => $"{Spaces(companyId)}/{E(spaceId)}";

    /// <summary>assumed: the threads of a space.</summary>
    public static string SpaceThreads(string companyId, string spaceId) => $"{Space(companyId, spaceId)}/threads";

    /// <summary>assumed: the documents of a space.</summary>
    public static string SpaceDocuments(string companyId, string spaceId) => $"{Space(companyId, spaceId)}/documents";

    /// <summary>assumed: one thread.</summary>
    public static string Thread(string companyId, string threadId) => $"{Company(companyId)}/threads/{E(threadId)}";

    /// <summary>assumed: a thread's status (resolve / reopen).</summary>
    public static string ThreadStatus(string companyId, string threadId) => $"{Thread(companyId, threadId)}/status";

    /// <summary>assumed: a thread's posts.</summary>
    public static string ThreadPosts(string companyId, string threadId) => $"{Thread(companyId, threadId)}/posts";

    /// <summary>assumed: a document's metadata.</summary>
    public static string Document(string companyId, string documentId) => $"{Company(companyId)}/documents/{E(documentId)}";

    /// <summary>assumed: a document's bytes.</summary>
    public static string DocumentContent(string companyId, string documentId) => $"{Document(companyId, documentId)}/content";

    /// <summary>assumed: the checkpointed event feed.</summary>
    public static string Events(string companyId) => $"{Company(companyId)}/events";

    /// <summary>assumed: callback registrations.</summary>
    public static string Webhooks(string companyId) => $"{Company(companyId)}/webhooks";

    /// <summary>assumed: one callback registration.</summary>
    public static string Webhook(string companyId, string webhookId) => $"{Webhooks(companyId)}/{E(webhookId)}";

    /// <summary>documented [S2]: Lens GraphQL transaction search.</summary>
    public const string TransactionSearch = "visibility_transaction_search";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
