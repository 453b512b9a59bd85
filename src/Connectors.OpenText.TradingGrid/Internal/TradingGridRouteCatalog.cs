using Connectors.Core.Diagnostics;
using Connectors.OpenText.TradingGrid.Internal;
using Json = Connectors.OpenText.TradingGrid.Internal.TradingGridJsonContext;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// How the read-only route check (<see cref="RouteCheck"/>, the console sample's <c>verify</c> command) proves each
/// route of <c>Internal/TradingGridRoutes</c> (published) and <c>Internal/AssumedRoutes</c> (guesses) exists: a
/// <c>GET</c> on a list, or on an id found in it; writes (and the Lens search, a POST) are listed and never called.
/// The caller seeds <c>companyId</c> (the client's BUID). Every route member appears here once (a test checks it).
/// </summary>
public static class TradingGridRouteCatalog
{
    /// <summary>The probes, in call order (lists before the ids they yield).</summary>
    public static IReadOnlyList<RouteProbe> Probes { get; } =
    [
        RouteProbe.Get("TradingGridRoutes.Company", true, ids => C(ids, TradingGridRoutes.Company), Json.Default.TradingGridCompany),
        RouteProbe.Get("TradingGridRoutes.PartnerDirectory", true, ids => C(ids, TradingGridRoutes.PartnerDirectory), Json.Default.DirectoryListTradingPartner, ("partnerCompanyId", "partnerCompanyId")),
        RouteProbe.Get("TradingGridRoutes.Users", true, ids => C(ids, TradingGridRoutes.Users), Json.Default.DirectoryListTradingGridUser, ("userId", "loginId"), ("loginId", "loginId")),
        RouteProbe.Get("TradingGridRoutes.User", true, ids => ids["userId"] is { } u ? C(ids, c => TradingGridRoutes.User(c, u)) : null, Json.Default.TradingGridUser),
        RouteProbe.Get("TradingGridRoutes.UserRoles", true, ids => ids["loginId"] is { } l ? C(ids, c => TradingGridRoutes.UserRoles(c, l)) : null, Json.Default.DirectoryListUserRole),
        RouteProbe.Get("TradingGridRoutes.CompanyEntitlements", true, ids => C(ids, TradingGridRoutes.CompanyEntitlements)),
        RouteProbe.Get("TradingGridRoutes.UserEntitlements", true, ids => ids["loginId"] is { } l ? TradingGridRoutes.UserEntitlements(l) : null),
        RouteProbe.Write("TradingGridRoutes.TransactionSearch", true, "POST"),
        RouteProbe.Get("AssumedRoutes.PartnerContacts", false, ids => ids["partnerCompanyId"] is { } p ? C(ids, c => AssumedRoutes.PartnerContacts(c, p)) : null, Json.Default.ContactList),
        RouteProbe.Get("AssumedRoutes.OnboardingRequests", false, ids => C(ids, AssumedRoutes.OnboardingRequests), Json.Default.OnboardingList, ("submissionId", "submissionId")),
        RouteProbe.Get("AssumedRoutes.OnboardingRequest", false, ids => ids["submissionId"] is { } s ? C(ids, c => AssumedRoutes.OnboardingRequest(c, s)) : null, Json.Default.OnboardingSubmission),
        RouteProbe.Write("AssumedRoutes.OnboardingStatus", false, "PUT"),
        RouteProbe.Get("AssumedRoutes.Spaces", false, ids => C(ids, AssumedRoutes.Spaces), Json.Default.SpaceList, ("spaceId", "spaceId")),
        RouteProbe.Get("AssumedRoutes.Space", false, ids => ids["spaceId"] is { } s ? C(ids, c => AssumedRoutes.Space(c, s)) : null, Json.Default.CommunitySpace),
        RouteProbe.Get("AssumedRoutes.SpaceThreads", false, ids => ids["spaceId"] is { } s ? C(ids, c => AssumedRoutes.SpaceThreads(c, s)) : null, Json.Default.ThreadList, ("threadId", "threadId")),
        RouteProbe.Get("AssumedRoutes.SpaceDocuments", false, ids => ids["spaceId"] is { } s ? C(ids, c => AssumedRoutes.SpaceDocuments(c, s)) : null, Json.Default.DocumentList, ("documentId", "documentId")),
        RouteProbe.Get("AssumedRoutes.Thread", false, ids => ids["threadId"] is { } t ? C(ids, c => AssumedRoutes.Thread(c, t)) : null, Json.Default.CommunityThread),
        RouteProbe.Write("AssumedRoutes.ThreadStatus", false, "PUT"),
        RouteProbe.Get("AssumedRoutes.ThreadPosts", false, ids => ids["threadId"] is { } t ? C(ids, c => AssumedRoutes.ThreadPosts(c, t)) : null, Json.Default.PostList),
        RouteProbe.Get("AssumedRoutes.Document", false, ids => ids["documentId"] is { } d ? C(ids, c => AssumedRoutes.Document(c, d)) : null, Json.Default.SharedDocument),
        RouteProbe.Get("AssumedRoutes.DocumentContent", false, ids => ids["documentId"] is { } d ? C(ids, c => AssumedRoutes.DocumentContent(c, d)) : null),
        RouteProbe.Get("AssumedRoutes.Events", false, ids => C(ids, c => AssumedRoutes.Events(c) + "?count=1"), Json.Default.EventFeed),
        RouteProbe.Get("AssumedRoutes.Webhooks", false, ids => C(ids, AssumedRoutes.Webhooks), Json.Default.WebhookList),
        RouteProbe.Write("AssumedRoutes.Webhook", false, "DELETE"),
    ];

    /// <summary>Route-table members that are not routes the check calls, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotProbed { get; } = new Dictionary<string, string>
    {
        ["TradingGridRoutes.Token"] = "the sign-in; every probe passes through it, and a failed sign-in fails them all with 401",
    };

    private static string? C(RouteProbeIds ids, Func<string, string> route) => ids["companyId"] is { } c ? route(c) : null;
}
