namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>
/// The Trading Grid routes OpenText publishes, each with the request that shows it (docs/api/trading-grid.md).
/// [CM] = opentext/BN-Trading-Grid "Community Management/" collections (prod and betagrid);
/// [LENS] = opentext/BN-Trading-Grid "Lens/" collection. The guesses live in <see cref="AssumedRoutes"/>, nowhere else.
/// </summary>
internal static class TradingGridRoutes
{
    /// <summary>[CM] "PD-Get-Token-OTDEMO": <c>POST v1/oauth2/tokens?grant_type=client_credentials</c>, Basic (built by Connectors.OpenText).</summary>
    public const string Token = "v1/oauth2/tokens";

    /// <summary>[CM] "Retrieve Company": <c>GET</c>.</summary>
    public static string Company(string companyId) => $"TGCommunityServices/v1/companies/{E(companyId)}";

    /// <summary>[CM] "List Trading Partners", "details for Trading Partner": <c>GET</c> with <c>partnerCompanyId</c>, <c>partnerCompanyName</c>, <c>tradingAddress</c>.</summary>
    public static string PartnerDirectory(string companyId) => $"{Company(companyId)}/partnerDirectory";

    /// <summary>[CM] "List all users", "search user loginId" (<c>?loginId=</c>): <c>GET</c>; "Create User": <c>POST</c>.</summary>
    public static string Users(string companyId) => $"{Company(companyId)}/users";

    /// <summary>[CM] "details for user", "Update User", "Delete NEWuserId": <c>GET</c>, <c>PUT</c>, <c>DELETE</c> by user id (or login id for GET).</summary>
    public static string User(string companyId, string userIdOrLoginId) => $"{Users(companyId)}/{E(userIdOrLoginId)}";

    /// <summary>[CM] "Roles for user": <c>GET</c>; "Update Roles": <c>PUT ?action=Add|Remove</c> with <c>[{"roleName"}]</c>. By login id.</summary>
    public static string UserRoles(string companyId, string loginId) => $"{User(companyId, loginId)}/roles";

    /// <summary>[CM] "entitlements for Company": <c>GET</c>.</summary>
    public static string CompanyEntitlements(string companyId) => $"{Company(companyId)}/entitlements";

    /// <summary>[CM] "entitlements for user": <c>GET TGCommunityServices/v1/users/{loginId}/entitlements</c> (no company in the path).</summary>
    public static string UserEntitlements(string loginId) => $"TGCommunityServices/v1/users/{E(loginId)}/entitlements";

    /// <summary>[LENS] every request: <c>POST</c> a GraphQL <c>getTransactions(query: {…})</c> document.</summary>
    public const string TransactionSearch = "visibility_transaction_search";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
