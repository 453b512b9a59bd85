using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.TradingGrid.Tests.Contract;

/// <summary>
/// The emulators follow OpenText's published shapes: every request of the Community Management (prod) and Lens
/// collections, sent as the collection sends it (no client code involved) to the identity and Trading Grid emulators,
/// gets a 2xx answer, and the Lens searches answer with data, not GraphQL errors.
/// </summary>
public sealed class EmulatorCollectionTests
{
    [Fact]
    public async Task Every_published_request_is_served_by_the_emulators()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await TradingGridEmulator.StartAsync(identity);
        using var http = new HttpClient();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["corrquery"] = """{ field: correlationid query: "60e20a6e-c1bb-48d4-98c3-90cb8823fc8a" } """,
        };
        var community = PostmanCollection.Load(Vendor("tradinggrid-community-mgmt-prod.postman_collection.json"), variables);
        var lens = PostmanCollection.Load(Vendor("tradinggrid-lens-prod.postman_collection.json"), variables);

        // The token call, as published: Basic consumer key and secret, grant in the query.
        var tokenCall = community[0];
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(identity.BaseAddress, tokenCall.Url.AbsolutePath.TrimStart('/') + "?grant_type=client_credentials"));
        tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{OpenTextIdentityEmulator.DefaultConsumerKey}:{OpenTextIdentityEmulator.DefaultConsumerSecret}")));
        using var tokenResponse = await http.SendAsync(tokenRequest);
        var token = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        Assert.Contains(tokenCall.TestScript, l => l.Contains("access_token", StringComparison.Ordinal));

        // "Delete NEWuserId" deletes the user "Create User" made (its script keeps uniqueId): run it last.
        var ordered = community.Skip(1).Where(r => r.Name != "Delete NEWuserId").Concat(community.Where(r => r.Name == "Delete NEWuserId")).Concat(lens.Skip(1));
        string? newUserId = null;
        foreach (var published in ordered)
        {
            var path = published.Url.AbsolutePath.Replace("/users/", newUserId is null || published.Name != "Delete NEWuserId" ? "/users/" : $"/users/{newUserId}", StringComparison.Ordinal);
            var query = string.Join("&", published.Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
            using var request = new HttpRequestMessage(new HttpMethod(published.Method), new Uri(emulator.BaseAddress, path.TrimStart('/') + (query.Length > 0 ? "?" + query : string.Empty)));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (published.GraphQl is { Length: > 0 } graphQl)
            {
                request.Content = new StringContent(JsonSerializer.Serialize(new JsonObject { ["query"] = graphQl }), Encoding.UTF8, "application/json");
            }
            else if (published.RawBody is { Length: > 0 } raw)
            {
                request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{published.Name}: {published.Method} {request.RequestUri} → {(int)response.StatusCode} {body}");
            if (published.Name == "Create User")
            {
                newUserId = JsonNode.Parse(body)!["uniqueId"]!.GetValue<string>();
            }

            if (published.GraphQl is { Length: > 0 })
            {
                var answer = JsonNode.Parse(body)!;
                Assert.True(answer["errors"] is null, $"{published.Name}: {body}");
                Assert.NotNull(answer["data"]?["getTransactions"]?["transactions"]);
            }
        }

        Assert.NotNull(newUserId);
        Assert.Null(emulator.State.Users.Find(newUserId!));
    }

    private static string Vendor(string file) => Path.Combine(AppContext.BaseDirectory, "Vendor", file);
}
