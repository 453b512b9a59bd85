using System.Net.Http.Headers;
using System.Text;
using Connectors.Core;
using Connectors.OpenText;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// What the four OpenText floor benchmarks share: the token answers (taken once, then cached by the client, so they are
/// not part of any measured call), the client options pointing at the loopback server and the raw floor client.
/// </summary>
internal static class OpenTextFloor
{
    public const string Tenant = "floor";
    public const string Token = "floor-token";

    /// <summary>The Developer Cloud tenant token route and the Trading Grid token route, both answering one token.</summary>
    public static void AddTokens(Dictionary<string, byte[]> bodies)
    {
        var token = Encoding.UTF8.GetBytes($$"""{"access_token":"{{Token}}","token_type":"Bearer","expires_in":86400}""");
        bodies[$"/tenants/{Tenant}/oauth2/token"] = token;
        bodies["/v1/oauth2/tokens"] = token;
    }

    /// <summary>The options as a user sets them (tokens from the same loopback server); resilience, pacing, telemetry as defaults.</summary>
    public static void Configure(OpenTextClientOptions options, FloorServer server, Uri? baseAddress = null)
    {
        options.BaseAddress = baseAddress ?? server.Address;
        options.AuthenticationBaseAddress = server.Address;
        options.ClientId = "floor-client";
        options.ClientSecret = "floor-secret";
        if (options.TokenFlow == OpenTextTokenFlow.Tenant)
        {
            options.TenantId = Tenant;
        }
    }

    /// <summary>The floor: a plain <see cref="HttpClient"/> with the bearer token and <c>Accept: application/json</c>.</summary>
    public static HttpClient Raw(FloorServer server)
    {
        var raw = new HttpClient { BaseAddress = server.Address };
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        raw.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return raw;
    }


    /// <summary>The client's first page (one request), as a caller paging by hand gets it.</summary>
    public static async Task<int> FirstPageAsync<T>(AsyncPageable<T> pageable)
    {
        await foreach (var page in pageable.AsPages())
        {
            return page.Values.Count;
        }

        return 0;
    }

    /// <summary>Set-up check: both sides must read the same thing, or the comparison is void.</summary>
    public static void Same<T>(T floor, T client, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(floor, client))
        {
            throw new InvalidOperationException($"{what}: floor read {floor}, client read {client}.");
        }
    }
}
