using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.Exstream.Tests.Contract;

/// <summary>
/// The emulator follows OpenText's published shapes: every read and orchestration request of the collection, sent as the
/// collection sends it (no client code involved, the collection's own ids and driver data), is answered as the
/// collection's test scripts expect (status 200, <c>status</c> "success", at least the number of items they ask for,
/// <c>dsnlist</c>, <c>documentId</c>, the content types). The emulator's design store holds the resources of the export
/// packages the collection imports first, so the collection's ids resolve.
/// </summary>
public sealed class EmulatorCollectionTests
{
    // Published, but not emulated: DAS writes (import of export packages, workflow state, content uploads).
    private static readonly string[] NotEmulated =
    [
        "Import an export file into DAS - Example 1", "Import an export file into DAS - Example 2",
        "Import an export file into DAS - Example 3", "Import an export file into DAS - Example 4",
        "Move a resource to a new workflow state in DAS", "Upload new content for a resource in DAS", "Upload a new sample file into DAS",
    ];

    [Fact]
    public void The_writes_left_out_are_exactly_the_design_writes()
    {
        var requests = Load(new Dictionary<string, string>(StringComparer.Ordinal));

        Assert.All(NotEmulated, n => Assert.Contains(requests, r => r.Name == "Common Requests/" + n && r.Method is "POST" or "PUT" && r.Url.AbsolutePath.StartsWith("/design/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_published_read_and_orchestration_request_is_served_as_the_collection_expects()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        using var http = new HttpClient();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tenant_id"] = OpenTextIdentityEmulator.DefaultTenant,
            ["app_confclient_id"] = OpenTextIdentityEmulator.DefaultClientId,
            ["app_confclient_secret"] = OpenTextIdentityEmulator.DefaultClientSecret,
        };
        var token = await TokenAsync(http, identity, Load(variables).First());
        variables["tmp_tenant_access_token"] = token;
        var served = 0;
        var fulfilled = new List<string>();
        foreach (var name in Load(variables).Skip(2).Select(r => r.Name).Where(n => !NotEmulated.Contains(n["Common Requests/".Length..])))
        {
            if (name.Contains("Fulfill", StringComparison.Ordinal))
            {
                // The collection fulfils the document "Document ID only" generated (its script keeps documentId).
                var generate = Load(variables).Single(r => r.Name.EndsWith("Document ID only", StringComparison.Ordinal));
                using var generated = await SendAsync(http, emulator, generate);
                variables["tmp_empower_document_id"] = JsonNode.Parse(await generated.Content.ReadAsStringAsync())!["documentId"]!.GetValue<string>();
                fulfilled.Add(variables["tmp_empower_document_id"]);
            }

            var published = Load(variables).Single(r => r.Name == name);
            using var response = await SendAsync(http, emulator, published);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var body = Encoding.UTF8.GetString(bytes);
            Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {body}");
            AssertScript(published, response, bytes);
            served++;
        }

        Assert.Equal(12, served);
        Assert.Equal(2, fulfilled.Count);
        Assert.All(fulfilled, id => Assert.False(emulator.EmpowerDocuments.ContainsKey(id))); // preserveDocuments=false removes them
        Assert.Equal(2, emulator.EmpowerDocuments.Count); // the two "Generate Empower document" requests
    }

    // What each request's test script checks, asserted on the emulator's answer.
    private static void AssertScript(PostmanRequest published, HttpResponseMessage response, byte[] bytes)
    {
        var body = Encoding.UTF8.GetString(bytes);
        var script = string.Join("\n", published.TestScript);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (script.Contains("to.eql(\"application/pdf\")", StringComparison.Ordinal) || published.Headers.Any(h => h is { Key: "Accept", Value: "application/pdf" }))
        {
            Assert.Equal("application/pdf", contentType);
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes.AsSpan(0, 5)), StringComparison.Ordinal);
            return;
        }

        var json = JsonNode.Parse(body)!;
        if (script.Contains("to.eql(\"application/json\")", StringComparison.Ordinal))
        {
            Assert.Equal("application/json", contentType);
        }

        if (script.Contains("jsonData.status).to.eql(\"success\")", StringComparison.Ordinal))
        {
            Assert.Equal("success", json["status"]!.GetValue<string>());
        }

        if (script.Contains("pm.response.json().documentId", StringComparison.Ordinal))
        {
            Assert.True(Guid.TryParse(json["documentId"]!.GetValue<string>(), out _), body);
        }

        if (script.Contains("jsonData.dsnlist.length", StringComparison.Ordinal))
        {
            Assert.NotEmpty(json["dsnlist"]!.AsArray());
        }

        if (script.Contains("jsonData.data.length", StringComparison.Ordinal))
        {
            var least = script.Contains("to.be.gte(2)", StringComparison.Ordinal) ? 2 : 1;
            Assert.True(json["data"]!.AsArray().Count >= least, $"{published.Name}: {body}");
        }

        if (script.Contains("pm.environment.get(\"exstream_domain\")", StringComparison.Ordinal))
        {
            Assert.Contains(json["data"]!.AsArray(), d => d!["id"]!.GetValue<string>() == ExstreamEmulator.SampleDomain);
        }
    }

    private static async Task<string> TokenAsync(HttpClient http, OpenTextIdentityEmulator identity, PostmanRequest published)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(identity.BaseAddress, published.Url.AbsolutePath.TrimStart('/')))
        {
            Content = new StringContent(published.RawBody!, Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, ExstreamEmulator emulator, PostmanRequest published)
    {
        var query = string.Join("&", published.Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        var request = new HttpRequestMessage(new HttpMethod(published.Method), new Uri(emulator.BaseAddress, PathVariables.Resolve(published).TrimStart('/') + (query.Length > 0 ? "?" + query : string.Empty)));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", published.Auth["token"]);
        foreach (var (key, value) in published.Headers)
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }

        if (published.RawBody is { Length: > 0 } raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    private static IReadOnlyList<PostmanRequest> Load(IReadOnlyDictionary<string, string> variables)
    {
        var environment = PostmanCollection.Environment(Path.Combine(AppContext.BaseDirectory, "Vendor", "exstream-communication.postman_environment.json"));
        foreach (var (key, value) in variables)
        {
            environment[key] = value;
        }

        return PostmanCollection.Load(Path.Combine(AppContext.BaseDirectory, "Vendor", "exstream-communication.postman_collection.json"), environment);
    }
}
