using Connectors.Core;

namespace Connectors.OpenText;

/// <summary>
/// OpenText identity refused a token request: the gateway's <c>fault</c> body, an OAuth2 <c>error</c> body, or an
/// HTML page where a token was expected. Says which product, tenant and token host failed and what the service
/// said; never contains the secret, the password or the request body.
/// </summary>
public class OpenTextAuthenticationException : ConnectorAuthenticationException
{
    /// <summary>Creates the error.</summary>
    /// <param name="product">The product that wanted the token (e.g. <c>OpenText.TradingGrid</c>); <c>null</c> when not known yet.</param>
    /// <param name="flow">The token flow.</param>
    /// <param name="tokenAddress">The token URL without its query string.</param>
    /// <param name="tenantId">The tenant, or <c>null</c> for the tenant-less flows.</param>
    /// <param name="clientId">The client id (not a secret).</param>
    /// <param name="status">The HTTP status of the refusal.</param>
    /// <param name="reason">Why authentication failed.</param>
    /// <param name="errorCode">The vendor's code (<c>invalid_client</c>, <c>oauth.v2.InvalidApiKey</c>), if any.</param>
    /// <param name="vendorMessage">The vendor's message, if any.</param>
    public OpenTextAuthenticationException(
        string? product,
        OpenTextTokenFlow flow,
        string tokenAddress,
        string? tenantId,
        string clientId,
        int status,
        AuthenticationFailureReason reason,
        string? errorCode,
        string? vendorMessage)
        : base(product ?? "OpenText.Identity", Describe(product, flow, tokenAddress, tenantId, clientId, status, errorCode, vendorMessage), reason)
    {
        Product = product;
        TokenFlow = flow;
        TokenAddress = tokenAddress;
        TenantId = tenantId;
        ClientId = clientId;
        Status = status;
        ErrorCode = errorCode;
        VendorMessage = vendorMessage;
        Request = $"POST {tokenAddress}";
    }

    /// <summary>The product that wanted the token, e.g. <c>OpenText.CoreCase</c>.</summary>
    public string? Product { get; }

    /// <summary>The token flow that was refused.</summary>
    public OpenTextTokenFlow TokenFlow { get; }

    /// <summary>The token URL (scheme, host and path; no query string).</summary>
    public string TokenAddress { get; }

    /// <summary>The tenant, or <c>null</c> for Trading Grid and tenant-less OTDS.</summary>
    public string? TenantId { get; }

    /// <summary>The client id that was refused (never the secret).</summary>
    public string ClientId { get; }

    /// <summary>The same error, said for the product that asked for the token (one token may serve several products).</summary>
    /// <param name="product">The product.</param>
    public OpenTextAuthenticationException ForProduct(string product)
        => new(product, TokenFlow, TokenAddress, TenantId, ClientId, Status ?? 0, Reason, ErrorCode, VendorMessage);

    private static string Describe(string? product, OpenTextTokenFlow flow, string tokenAddress, string? tenantId, string clientId, int status, string? code, string? message)
        => $"{product ?? "OpenText"} could not sign in: the {flow} token request to {tokenAddress} "
           + (tenantId is null ? "(no tenant)" : $"for tenant '{tenantId}'")
           + $" with client '{clientId}' was refused ({status}{(code is null ? string.Empty : ", " + code)})"
           + (message is null ? "." : $": {message}");
}
