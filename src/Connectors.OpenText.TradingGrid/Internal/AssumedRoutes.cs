namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>
/// ASSUMED: every Trading Grid route OpenText does not publish, in one place. Nothing public shows community spaces,
/// threads, posts, shared documents, partner contacts, onboarding requests, an events feed or webhook registration
/// (shared/reference/opentext/README.md); these paths follow the conventions of the published Community Management
/// routes and are what the emulator serves. If the real route differs on your tenant, change it here, or call it
/// today through <c>client.SendAsync(ApiRequest…)</c> without forking. docs/api/trading-grid.md lists each one.
/// </summary>
internal static class AssumedRoutes
{
    /// <summary>assumed: a partner's contacts.</summary>
    public static string PartnerContacts(string companyId, string partnerCompanyId) => $"{TradingGridRoutes.PartnerDirectory(companyId)}/{E(partnerCompanyId)}/contacts";

    /// <summary>assumed: onboarding submissions (POST, GET).</summary>
    public static string OnboardingRequests(string companyId) => $"{TradingGridRoutes.Company(companyId)}/onboardingRequests";

    /// <summary>assumed: one onboarding submission.</summary>
    public static string OnboardingRequest(string companyId, string submissionId) => $"{OnboardingRequests(companyId)}/{E(submissionId)}";

    /// <summary>assumed: an onboarding submission's status (PUT).</summary>
    public static string OnboardingStatus(string companyId, string submissionId) => $"{OnboardingRequest(companyId, submissionId)}/status";

    /// <summary>assumed: community spaces.</summary>
    public static string Spaces(string companyId) => $"{TradingGridRoutes.Company(companyId)}/spaces";

    /// <summary>assumed: one space.</summary>
    public static string Space(string companyId, string spaceId) => $"{Spaces(companyId)}/{E(spaceId)}";

    /// <summary>assumed: the threads of a space (GET, POST).</summary>
    public static string SpaceThreads(string companyId, string spaceId) => $"{Space(companyId, spaceId)}/threads";

    /// <summary>assumed: the documents of a space (GET, multipart POST).</summary>
    public static string SpaceDocuments(string companyId, string spaceId) => $"{Space(companyId, spaceId)}/documents";

    /// <summary>assumed: one thread.</summary>
    public static string Thread(string companyId, string threadId) => $"{TradingGridRoutes.Company(companyId)}/threads/{E(threadId)}";

    /// <summary>assumed: a thread's status (PUT: resolve / reopen).</summary>
    public static string ThreadStatus(string companyId, string threadId) => $"{Thread(companyId, threadId)}/status";

    /// <summary>assumed: a thread's posts (GET, POST).</summary>
    public static string ThreadPosts(string companyId, string threadId) => $"{Thread(companyId, threadId)}/posts";

    /// <summary>assumed: a document's metadata.</summary>
    public static string Document(string companyId, string documentId) => $"{TradingGridRoutes.Company(companyId)}/documents/{E(documentId)}";

    /// <summary>assumed: a document's bytes.</summary>
    public static string DocumentContent(string companyId, string documentId) => $"{Document(companyId, documentId)}/content";

    /// <summary>assumed: the checkpointed event feed (<c>?after=&amp;count=</c>).</summary>
    public static string Events(string companyId) => $"{TradingGridRoutes.Company(companyId)}/events";

    /// <summary>assumed: callback registrations (GET, POST).</summary>
    public static string Webhooks(string companyId) => $"{TradingGridRoutes.Company(companyId)}/webhooks";

    /// <summary>assumed: one callback registration (DELETE).</summary>
    public static string Webhook(string companyId, string webhookId) => $"{Webhooks(companyId)}/{E(webhookId)}";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
