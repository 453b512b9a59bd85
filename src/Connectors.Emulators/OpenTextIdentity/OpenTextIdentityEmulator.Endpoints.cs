using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.OpenTextIdentity;

// The token endpoints. Shapes: shared/reference/opentext/README.md "Identity" and "Trading Grid", and the collections
// ocp-communication (tenant JSON and password grants), cloud-developer-tutorial, BN-Trading-Grid (PD-Get-Token).
public sealed partial class OpenTextIdentityEmulator
{
    // The API gateway's error body, as OpenText's material shows it.
    private static readonly string InvalidApiKeyFault = """{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}""";

    private async Task<IResult> TenantTokenAsync(string tenantId, HttpRequest request, TokenFlow flow)
    {
        Record(request, flow);
        if (request.Query.ContainsKey("grant_type"))
        {
            return OAuthError(400, "invalid_request", "grant_type belongs in the request body here; a grant in the query is the Trading Grid flow (v1/oauth2/tokens).");
        }

        var (body, bad) = await ReadBodyAsync(request, allowJson: flow == TokenFlow.Tenant).ConfigureAwait(false);
        if (body is not { } fields)
        {
            return bad!;
        }

        if (!_tenants.TryGetValue(tenantId, out var tenant))
        {
            return OAuthError(404, "invalid_tenant", $"Tenant '{tenantId}' was not found.");
        }

        var (clientId, clientSecret) = ReadClient(request, fields);
        if (clientId is null || !tenant.Clients.TryGetValue(clientId, out var client) || !FixedEquals(client.Secret, clientSecret))
        {
            return OAuthError(401, "invalid_client", "Client authentication failed.");
        }

        if (client.Locked)
        {
            return OAuthError(403, "access_denied", "The client is locked.");
        }

        var grant = fields.GetValueOrDefault("grant_type");
        if (grant == "password")
        {
            var user = fields.GetValueOrDefault("username") ?? string.Empty;
            if (!tenant.Users.TryGetValue(user, out var password) || !FixedEquals(password, fields.GetValueOrDefault("password")))
            {
                return OAuthError(400, "invalid_grant", "The user name or password is incorrect.");
            }
        }
        else if (grant != "client_credentials")
        {
            return OAuthError(400, "unsupported_grant_type", $"Grant type '{grant}' is not supported.");
        }

        var scope = fields.GetValueOrDefault("scope") ?? string.Empty;
        if (client.Scopes.Length > 0 && scope.Length > 0
            && scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(s => !client.Scopes.Contains(s)))
        {
            return OAuthError(400, "invalid_scope", "The requested scope is not allowed for this client.");
        }

        return Issue(flow, tenantId, clientId, TokenLifetime, scope.Length > 0 ? scope : "otds:roles");
    }

    private async Task<IResult> TradingGridTokenAsync(HttpRequest request)
    {
        Record(request, TokenFlow.TradingGrid);
        var grant = request.Query["grant_type"].ToString();
        if (grant.Length == 0)
        {
            return OAuthError(400, "invalid_request", "Trading Grid takes grant_type=client_credentials in the query string.");
        }

        if (grant != "client_credentials")
        {
            return OAuthError(400, "unsupported_grant_type", $"Grant type '{grant}' is not supported: Trading Grid issues client-credentials tokens only.");
        }

        if (request.HasFormContentType || request.HasJsonContentType())
        {
            var (fields, _) = await ReadBodyAsync(request, allowJson: true).ConfigureAwait(false);
            if (fields is not null && fields.ContainsKey("client_id"))
            {
                return OAuthError(400, "invalid_request", "Trading Grid takes the consumer key and secret as HTTP Basic, not in the body.");
            }
        }

        var (key, secret) = Basic(request);
        if (key is null || !_consumers.TryGetValue(key, out var consumer) || !FixedEquals(consumer.Secret, secret))
        {
            return Results.Content(InvalidApiKeyFault, "application/json", Encoding.UTF8, 401);
        }

        return Issue(TokenFlow.TradingGrid, null, key, TradingGridTokenLifetime, null);
    }

    private static async Task<(Dictionary<string, string>? Fields, IResult? Error)> ReadBodyAsync(HttpRequest request, bool allowJson)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            return (form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal), null);
        }

        if (allowJson && request.HasJsonContentType())
        {
            try
            {
                using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
                if (json.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return (json.RootElement.EnumerateObject()
                        .Where(p => p.Value.ValueKind == JsonValueKind.String)
                        .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal), null);
                }
            }
            catch (JsonException)
            {
                // Answered below.
            }

            return (null, OAuthError(400, "invalid_request", "The token request body is not a JSON object."));
        }

        return (null, OAuthError(400, "invalid_request", allowJson
            ? "The token request needs a JSON or application/x-www-form-urlencoded body with grant_type and the client."
            : "The token request must be application/x-www-form-urlencoded."));
    }

    private static (string? Id, string? Secret) ReadClient(HttpRequest request, Dictionary<string, string> fields)
    {
        var basic = Basic(request);
        if (basic.Id is not null)
        {
            return basic;
        }

        var id = fields.GetValueOrDefault("client_id");
        return (string.IsNullOrEmpty(id) ? null : id, fields.GetValueOrDefault("client_secret"));
    }

    private static (string? Id, string? Secret) Basic(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? (decoded[..colon], decoded[(colon + 1)..]) : (null, null);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static bool FixedEquals(string expected, string? actual)
        => actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
