using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Connectors.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.OpenText.Tests.Contract;

/// <summary>
/// Every token request of OpenText's identity collections (Vendor/, Apache-2.0) replayed through the client: the client
/// is configured with the collection's host, tenant and client, and the request it sends is compared with the
/// collection's (method, URL, query, headers, body). The answer the collections read (<c>access_token</c>) is then used.
/// </summary>
public sealed class IdentityCollectionTests
{
    private const string AccessToken = "token-from-the-answer";

    // What the collections leave empty or to the user: the values a user would fill in.
    private static readonly Dictionary<string, string> Filled = new(StringComparer.Ordinal)
    {
        ["app_confclient_id"] = "collection-client",
        ["app_confclient_secret"] = "collection-secret",
        ["client_id"] = "collection-client",
        ["client_secret"] = "collection-secret",
        ["tenant_id"] = "00000000-0000-0000-0000-000000000000",
        ["username"] = "tenantadminusername",
        ["password"] = "tenantadminpassword",
        ["base_url"] = "https://na-1.api.opentext.com",
    };

    public static TheoryData<string, string> TokenRequests()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files)
        {
            foreach (var request in Load(file).Where(IsTokenRequest))
            {
                data.Add(file, request.Name);
            }
        }

        return data;
    }

    private static readonly string[] Files =
    [
        "exstream-communication.postman_collection.json",
        "cloud-developer-tutorial.postman_collection.json",
        "imaas-developer-tutorial.postman_collection.json",
    ];

    [Fact]
    public void The_collections_hold_the_four_published_token_requests()
        => Assert.Equal(
            [
                "exstream-communication.postman_collection.json: Tenant Level/Client Credentials Grant - tenant json",
                "exstream-communication.postman_collection.json: Tenant Level/Password Grant - tenant",
                "cloud-developer-tutorial.postman_collection.json: Get access token with client credentials",
                "imaas-developer-tutorial.postman_collection.json: Get access token",
            ],
            TokenRequests().Select(row => $"{row[0]}: {row[1]}"));

    [Theory]
    [MemberData(nameof(TokenRequests))]
    public async Task The_client_sends_the_published_token_request_and_uses_the_access_token_of_the_answer(string file, string name)
    {
        var published = Load(file).Single(r => r.Name == name);
        var facts = Facts.Of(published);
        var identity = new RecordingHandler(_ => RecordingHandler.Json($$"""{"access_token":"{{AccessToken}}","token_type":"Bearer","expires_in":3600}"""));
        var product = new RecordingHandler(_ => RecordingHandler.Json("{}"));
        var services = new ServiceCollection();
        services.AddOpenTextClient(
                string.Empty,
                new ConnectorClientRegistration<ProductClient, ProductOptions>("OpenText.Product", (_, http, _) => new ProductClient(new ApiConnection(http, new ApiConnectionOptions("OpenText.Product", OpenTextErrorParser.Parse)))),
                o =>
                {
                    o.BaseAddress = new Uri("https://communication.example.opentext.com/");
                    o.Region = published.Url.Host[..published.Url.Host.IndexOf(".api.opentext.com", StringComparison.Ordinal)];
                    o.TenantId = published.Url.Segments[2].TrimEnd('/');
                    o.ClientId = facts.ClientId;
                    o.ClientSecret = facts.ClientSecret;
                    o.UserName = facts.UserName;
                    o.Password = facts.Password;
                })
            .ConfigurePrimaryHttpMessageHandler(() => product);
        services.AddHttpClient(OpenTextTokenProviders.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => identity);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ProductClient>().GetAsync("anything");

        var sent = Assert.Single(identity.Requests);
        Assert.Equal(published.Method, sent.Method);
        Assert.Equal(published.Url, new Uri(sent.Uri.GetLeftPart(UriPartial.Path)));
        Assert.Equal(published.Query, sent.Query);
        Assert.Equal(facts, Facts.Of(sent));
        if (name == "Get access token")
        {
            // The older tutorial sends the password grant as one JSON body; the client sends it as the newer
            // ocp-communication collection does (client as HTTP Basic, user in a form): the same facts, documented.
            Assert.Equal(("application/x-www-form-urlencoded", true), (MediaType(sent.Header("Content-Type")), sent.Header("Authorization")!.StartsWith("Basic ", StringComparison.Ordinal)));
        }
        else
        {
            Assert.Equal(MediaType(published.Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value), MediaType(sent.Header("Content-Type")));
            Assert.Equal(published.AuthType == "basic", sent.Header("Authorization")?.StartsWith("Basic ", StringComparison.Ordinal) == true);
            if (published.BodyMode == "raw")
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(published.RawBody!), JsonNode.Parse(sent.BodyText)), $"{published.RawBody}\n≠\n{sent.BodyText}");
            }
            else
            {
                Assert.Equal(published.Form, Form(sent.BodyText));
            }
        }

        // The collections' test scripts read access_token from the answer: the client uses exactly that value.
        Assert.Contains(published.TestScript, line => line.Contains("access_token", StringComparison.Ordinal));
        Assert.Equal($"Bearer {AccessToken}", Assert.Single(product.Requests).Header("Authorization"));
    }

    private static IReadOnlyList<PostmanRequest> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vendor", file);
        var environment = Path.ChangeExtension(path, null).Replace(".postman_collection", ".postman_environment", StringComparison.Ordinal) + ".json";
        var variables = File.Exists(environment) ? PostmanCollection.Environment(environment) : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Filled)
        {
            if (!variables.TryGetValue(key, out var current) || current.Length == 0)
            {
                variables[key] = value;
            }
        }

        return PostmanCollection.Load(path, variables);
    }

    private static bool IsTokenRequest(PostmanRequest request) => request.Url.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal);

    private static string? MediaType(string? contentType) => contentType is null ? null : MediaTypeHeaderValue.Parse(contentType).MediaType;

    private static List<KeyValuePair<string, string>> Form(string body)
        => body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0].Replace('+', ' ')), Uri.UnescapeDataString(p[1].Replace('+', ' '))))
            .ToList();

    /// <summary>What a token request says, however it is encoded (Basic, JSON or form).</summary>
    private sealed record Facts(string ClientId, string ClientSecret, string GrantType, string? UserName, string? Password)
    {
        public static Facts Of(PostmanRequest r)
        {
            var fields = r.BodyMode == "raw"
                ? JsonNode.Parse(r.RawBody!)!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())
                : r.Form.ToDictionary(p => p.Key, p => p.Value);
            if (r.AuthType == "basic")
            {
                fields["client_id"] = r.Auth["username"];
                fields["client_secret"] = r.Auth["password"];
            }

            return From(fields);
        }

        public static Facts Of(RecordedRequest r)
        {
            var fields = MediaType(r.Header("Content-Type")) == "application/json"
                ? JsonNode.Parse(r.BodyText)!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())
                : Form(r.BodyText).ToDictionary(p => p.Key, p => p.Value);
            if (r.Header("Authorization") is { } auth && auth.StartsWith("Basic ", StringComparison.Ordinal))
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth["Basic ".Length..])).Split(':', 2);
                fields["client_id"] = pair[0];
                fields["client_secret"] = pair[1];
            }

            return From(fields);
        }

        private static Facts From(Dictionary<string, string> f)
            => new(f["client_id"], f["client_secret"], f["grant_type"], f.GetValueOrDefault("username"), f.GetValueOrDefault("password"));
    }

    public sealed class ProductOptions : OpenTextClientOptions;

    public sealed class ProductClient(ApiConnection connection)
    {
        public async Task<int> GetAsync(string path) => (await connection.SendAsync(ApiRequest.Get(path))).Status;
    }
}
