namespace Connectors.OpenText;

/// <summary>How an OpenText client gets its bearer token. Each product has a default; see docs/configuration.md.</summary>
public enum OpenTextTokenFlow
{
    /// <summary>
    /// OpenText Developer Cloud (OCP), the default for Core Case, Exstream and Workflow Service:
    /// <c>POST {identity host}/tenants/{TenantId}/oauth2/token</c>. Client credentials as a JSON body
    /// (<c>client_id</c>, <c>client_secret</c>, <c>grant_type</c>); the password grant sends the client as HTTP Basic
    /// and the user in a form, as OpenText's <c>ocp-communication</c> collection shows them.
    /// </summary>
    Tenant,

    /// <summary>
    /// Trading Grid, the Trading Grid client's default: <c>POST {host}/v1/oauth2/tokens?grant_type=client_credentials</c>
    /// with the consumer key and secret as HTTP Basic, no body and no tenant (tokens live about 10 hours), as
    /// OpenText's <c>BN-Trading-Grid</c> collections show it.
    /// </summary>
    TradingGrid,

    /// <summary>
    /// On-premises OpenText Directory Services: <c>POST {OTDS}/otdsws/otdstenant/{TenantId}/oauth2/token</c>, or
    /// <c>{OTDS}/otdsws/oauth2/token</c> without a tenant, as a standard OAuth2 form (RFC 6749).
    /// </summary>
    Otds,
}
