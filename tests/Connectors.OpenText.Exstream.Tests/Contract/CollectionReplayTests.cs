using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.OpenText.Exstream.Tests.Contract;

/// <summary>
/// Every request of OpenText's Exstream collection (Vendor/, Apache-2.0) replayed through the client: the test makes the
/// client call that means the same thing, records what goes on the wire and compares it with the published request (host,
/// method, path, query, headers, bearer token, body). The client is configured only with the collection environment's
/// region, tenant and domain: the product host and the token host both come from the region, as published. The design
/// writes the client does not model go through the escape hatch (<c>client.SendAsync</c>), the documented way to call them.
/// </summary>
public sealed class CollectionReplayTests
{
    private const string Token = "token-from-the-answer";
    private const string DocumentId = "96d688ff-74df-43f6-8868-be64c04c2a23"; // the example in OpenText's SDK (readEmpowerOutputChannelContent)

    // What the environment leaves empty or to the user: the values a user fills in.
    private static readonly Dictionary<string, string> Filled = new(StringComparer.Ordinal)
    {
        ["app_confclient_id"] = "connectors-client",
        ["app_confclient_secret"] = "connectors-secret",
        ["tmp_tenant_access_token"] = Token,
        ["tmp_empower_document_id"] = DocumentId,
    };

    public static TheoryData<string> Requests()
    {
        var data = new TheoryData<string>();
        foreach (var request in Load())
        {
            data.Add(request.Name);
        }

        return data;
    }

    [Fact]
    public void Every_request_of_the_collection_has_a_replay()
    {
        var names = Load().Select(r => r.Name).ToList();

        Assert.Equal(21, names.Count); // 2 token requests, 19 Exstream requests
        Assert.All(names, n => Assert.True(Calls.ContainsKey(n), $"no replay for '{n}'"));
        Assert.Equal(names.Count, Calls.Count);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task The_client_sends_the_published_request(string name)
    {
        var published = Load().Single(r => r.Name == name);
        var environment = Environment();
        await using var rig = Rig.Create(environment, password: name.EndsWith("Password Grant - tenant", StringComparison.Ordinal));

        await Calls[name](rig, published);

        if (published.Url.AbsolutePath.EndsWith("/oauth2/token", StringComparison.Ordinal))
        {
            AssertTokenRequest(published, Assert.Single(rig.Identity.Requests));
            return;
        }

        var sent = Assert.Single(rig.Api.Requests);
        Assert.Equal(published.Url.Host, sent.Uri.Host); // communication.{region}.api.opentext.com, built from the region
        Assert.Equal(published.Method, sent.Method);
        Assert.Equal(Uri.UnescapeDataString(CollectionItems.ResolvePath(published)), Uri.UnescapeDataString(sent.Uri.AbsolutePath));
        Assert.Equal(Sorted(published.Query), Sorted(sent.Query));
        Assert.Equal($"Bearer {published.Auth["token"]}", sent.Header("Authorization"));
        foreach (var (header, value) in published.Headers)
        {
            Assert.Equal(
                header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) ? MediaType(value) : value,
                header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) ? MediaType(sent.Header(header)) : sent.Header(header));
        }

        if (!published.Headers.Any(h => h.Key.Equals("Accept", StringComparison.OrdinalIgnoreCase)))
        {
            // Postman sends Accept: */* where the request names none: the "Full response" requests mean "every output".
            Assert.True(sent.Header("Accept") is null or "*/*", $"{name}: Accept {sent.Header("Accept")}");
        }

        var token = Assert.Single(rig.Identity.Requests);
        Assert.Equal(new Uri(environment["api_host"]).Host, token.Uri.Host); // the token from the region's identity host, never the product host

        switch (published.BodyMode)
        {
            case "raw":
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(published.RawBody!), JsonNode.Parse(sent.BodyText)), $"{published.RawBody}\n≠\n{sent.BodyText}");
                Assert.Equal("application/json", MediaType(sent.Header("Content-Type")));
                break;
            case "formdata":
                var (field, file) = CollectionItems.FormData(name);
                Assert.Equal("multipart/form-data", MediaType(sent.Header("Content-Type")));
                Assert.Contains($"name={field}", sent.BodyText, StringComparison.Ordinal);
                Assert.True(sent.BodyText.Contains($"filename={file}", StringComparison.Ordinal) || sent.BodyText.Contains($"filename=\"{file}\"", StringComparison.Ordinal), sent.BodyText);
                break;
            default:
                Assert.True(sent.Body is null or { Length: 0 }, $"{name} sends no body, the client sent {sent.BodyText}");
                break;
        }
    }

    private static void AssertTokenRequest(PostmanRequest published, RecordedRequest sent)
    {
        Assert.Equal(published.Method, sent.Method);
        Assert.Equal(published.Url, new Uri(sent.Uri.GetLeftPart(UriPartial.Path)));
        Assert.Equal(MediaType(published.Headers.Single(h => h.Key == "Content-Type").Value), MediaType(sent.Header("Content-Type")));
        if (published.BodyMode == "raw")
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(published.RawBody!), JsonNode.Parse(sent.BodyText)), $"{published.RawBody}\n≠\n{sent.BodyText}");
        }
        else
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{published.Auth["username"]}:{published.Auth["password"]}"));
            Assert.Equal($"Basic {basic}", sent.Header("Authorization"));
            Assert.Equal(Sorted(published.Form), Sorted(Form(sent.BodyText)));
        }

        Assert.Contains(published.TestScript, l => l.Contains("access_token", StringComparison.Ordinal));
    }

    // The collection's driver data, as a user of the SDK passes it.
    private static JsonNode Body(PostmanRequest published) => JsonNode.Parse(published.RawBody!)!;

    private static string Header(PostmanRequest published, string name) => published.Headers.Single(h => h.Key == name).Value;

    private static OnDemandRequest OnDemand(PostmanRequest p) => new()
    {
        CommunicationId = Header(p, "communicationId"),
        DriverDataSource = Header(p, "driverDataSource"),
        Data = Body(p),
        EmpowerUser = p.Headers.Any(h => h.Key == "empowerUser") ? Header(p, "empowerUser") : null,
    };

    private static FulfillmentRequest Fulfillment(PostmanRequest p) => new()
    {
        CommunicationId = Header(p, "communicationId"),
        DriverDataSource = Header(p, "driverDataSource"),
        DocumentIds = [.. Body(p)["documents"]!.AsArray().Select(d => d!.GetValue<string>())],
        PreserveDocuments = bool.Parse(Header(p, "preserveDocuments")),
    };

    private static string Query(PostmanRequest p, string name) => p.Query.Single(q => q.Key == name).Value;

    // The client call that means the same as each published request. Values are the collection's own.
    private static readonly Dictionary<string, Func<Rig, PostmanRequest, Task>> Calls = new(StringComparer.Ordinal)
    {
        ["Tenant Level/Client Credentials Grant - tenant json"] = (r, _) => First(r.Client.Design.ListDomainsAsync()),
        ["Tenant Level/Password Grant - tenant"] = (r, _) => First(r.Client.Design.ListDomainsAsync()),
        ["Common Requests/Get a list of domains from DAS"] = (r, _) => First(r.Client.Design.ListDomainsAsync()),
        ["Common Requests/Import an export file into DAS - Example 1"] = Import,
        ["Common Requests/Import an export file into DAS - Example 2"] = Import,
        ["Common Requests/Import an export file into DAS - Example 3"] = Import,
        ["Common Requests/Import an export file into DAS - Example 4"] = Import,
        ["Common Requests/Get a list of communications from DAS"] = (r, _) => First(r.Client.Design.ListResourcesAsync(ResourceQuery.ApprovedCommunications)),
        ["Common Requests/Get a list of communications associated with a sample file"] = (r, p) => First(
            r.Client.Design.ListLinkedResourcesAsync(new LinkedResourceQuery
            {
                ObjectId = Query(p, "linkObjectId"),
                Depth = 10,
                Types = [ResourceType.Communication],
                States = [ResourceState.Approved],
                FetchApproval = false,
            }),
            pageSize: 1000),
        ["Common Requests/Get a list of resources from DAS"] = (r, _) => First(r.Client.Design.ListResourcesAsync(ResourceQuery.Approved)),
        ["Common Requests/Move a resource to a new workflow state in DAS"] = (r, p) => r.Client.SendAsync(
            ApiRequest.Put(CollectionItems.ResolvePath(p).TrimStart('/')).WithJson(Body(p))),
        ["Common Requests/Upload new content for a resource in DAS"] = (r, p) => r.Client.SendAsync(
            ApiRequest.Put(CollectionItems.ResolvePath(p).TrimStart('/')).WithContent(() => Multipart(p.Name))),
        ["Common Requests/Upload a new sample file into DAS"] = (r, p) => r.Client.SendAsync(
            ApiRequest.Post($"design/api/v1/resources/{r.Client.Domain}/content").WithQuery("name", "UploadedSampleFile").WithQuery("type", "samplefile").WithQuery("subtype", "driver").WithContent(() => Multipart(p.Name))),
        ["Common Requests/Get the communication set id using the communication id"] = (r, p) => First(
            r.Client.Design.ListLinksAsync(new LinkQuery { SubjectId = Query(p, "linkSubjectId"), Depth = 2, Types = [ResourceType.CommunicationSet] })),
        ["Common Requests/Get the driver name for a communication set from DAS"] = (r, p) => r.Client.Design.GetCommunicationSetManifestAsync(CollectionItems.PathVariable(p, "communication_set_id")),
        ["Common Requests/Generate output using Orchestration - Full response"] = (r, p) => r.Client.Communications.GenerateAsync(OnDemand(p)),
        ["Common Requests/Generate output using Orchestration - PDF only"] = async (r, p) => await (await r.Client.Communications.GeneratePdfAsync(OnDemand(p))).DisposeAsync(),
        ["Common Requests/Generate Empower document using Orchestration - Full response"] = (r, p) => r.Client.Communications.GenerateAsync(OnDemand(p)),
        ["Common Requests/Generate Empower document using Orchestration - Document ID only"] = (r, p) => r.Client.Communications.GenerateEmpowerDocumentAsync(OnDemand(p)),
        ["Common Requests/Fulfill Empower output using Orchestration - Full response"] = (r, p) => r.Client.Communications.FulfillAsync(Fulfillment(p)),
        ["Common Requests/Fulfill Empower output using Orchestration - PDF only"] = async (r, p) => await (await r.Client.Communications.FulfillPdfAsync(Fulfillment(p))).DisposeAsync(),
    };

    private static Task Import(Rig r, PostmanRequest p)
        => r.Client.SendAsync(ApiRequest.Post($"design/api/v1/import/das/{r.Client.Domain}").WithQuery("commit", "true").WithContent(() => Multipart(p.Name)));

    /// <summary>The formdata body the collection sends (field name and file), with placeholder file bytes.</summary>
    private static MultipartFormDataContent Multipart(string name)
    {
        var (field, file) = CollectionItems.FormData(name);
        return new MultipartFormDataContent { { new ByteArrayContent("PK"u8.ToArray()), field, file } };
    }


    private static async Task First<T>(AsyncPageable<T> pageable, int? pageSize = null)
        where T : notnull
    {
        await foreach (var _ in pageable.AsPages(pageSizeHint: pageSize))
        {
            return;
        }
    }

    private static Dictionary<string, string> Environment()
    {
        var variables = PostmanCollection.Environment(Vendor("exstream-communication.postman_environment.json"));
        foreach (var (key, value) in Filled)
        {
            variables[key] = value;
        }

        return variables;
    }

    private static IReadOnlyList<PostmanRequest> Load() => PostmanCollection.Load(Vendor("exstream-communication.postman_collection.json"), Environment());

    private static string Vendor(string file) => Path.Combine(AppContext.BaseDirectory, "Vendor", file);

    private static List<KeyValuePair<string, string>> Sorted(IEnumerable<KeyValuePair<string, string>> pairs)
        => [.. pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)];

    private static List<KeyValuePair<string, string>> Form(string body)
        => [.. body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(WebUtility.UrlDecode(p[0]), WebUtility.UrlDecode(p[1])))];

    private static string? MediaType(string? contentType) => contentType is null ? null : MediaTypeHeaderValue.Parse(contentType).MediaType;

    /// <summary>A client registered as users register it from the collection's environment, with recording handlers.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;

        private Rig(IReadOnlyDictionary<string, string> environment, bool password)
        {
            Api = new RecordingHandler(Answer);
            Identity = new RecordingHandler(_ => RecordingHandler.Json($$"""{"access_token":"{{Token}}","token_type":"Bearer","expires_in":3600}"""));
            var services = new ServiceCollection();
            services.AddExstream(o =>
                {
                    o.Region = new Uri(environment["api_host"]).Host.Split('.')[0]; // "us": builds both hosts
                    o.TenantId = environment["tenant_id"];
                    o.ClientId = environment["app_confclient_id"];
                    o.ClientSecret = environment["app_confclient_secret"];
                    o.Domain = environment["exstream_domain"];
                    if (password)
                    {
                        o.UserName = environment["tenant_user_id"];
                        o.Password = environment["tenant_user_pwd"];
                    }

                    o.Resilience.MaxRetryAttempts = 0;
                })
                .ConfigurePrimaryHttpMessageHandler(() => Api);
            services.AddHttpClient(OpenTextTokenProviders.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Identity);
            _provider = services.BuildServiceProvider();
            Client = _provider.GetRequiredService<ExstreamClient>();
        }

        public RecordingHandler Api { get; }

        public RecordingHandler Identity { get; }

        public ExstreamClient Client { get; }

        public static Rig Create(IReadOnlyDictionary<string, string> environment, bool password) => new(environment, password);

        public async ValueTask DisposeAsync() => await _provider.DisposeAsync();

        // An answer each call can read: the published shapes, empty.
        private static HttpResponseMessage Answer(RecordedRequest request)
        {
            var path = request.Uri.AbsolutePath;
            var accept = request.Header("Accept") ?? string.Empty;
            if (accept.Contains("application/pdf", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("%PDF-1.4"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } } };
            }

            if (accept == "application/json" && request.Header("empowerUser") is not null)
            {
                return RecordingHandler.Json($$"""{"documentId":"{{DocumentId}}"}""");
            }

            return path.Contains("/manifests/", StringComparison.Ordinal)
                ? RecordingHandler.Json("""{"dsnlist":[],"queueList":[]}""")
                : RecordingHandler.Json("""{"status":"success","details":null,"data":[],"page":{"pageSize":100,"pageOffset":0,"totalElements":0,"totalPages":0,"currentPageNumber":0}}""");
        }
    }
}
