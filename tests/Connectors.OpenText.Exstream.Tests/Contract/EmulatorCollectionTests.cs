using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.Exstream.Tests.Contract;

/// <summary>
/// The emulator follows OpenText's published shapes: every request of the collection, sent in the collection's order as
/// the collection sends it (no client code involved; the collection's own ids, driver data and upload files), is answered
/// as the collection's test scripts expect (the status they test, <c>status</c> "success", at least the number of items
/// they ask for, <c>dsnlist</c>, <c>documentId</c>, the content types). The emulator's design store holds the resources
/// of the export packages the collection imports first, so the collection's ids resolve; the imports send a package made
/// of those packages' own records (Vendor/das-export).
/// </summary>
public sealed class EmulatorCollectionTests
{
    [Fact]
    public async Task Every_published_request_is_served_as_the_collection_expects()
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
        foreach (var name in Load(variables).Skip(2).Select(r => r.Name))
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
            var expected = published.TestScript.Any(l => l.Contains("to.have.status(201)", StringComparison.Ordinal)) ? 201 : 200;
            Assert.True((int)response.StatusCode == expected, $"{name}: {(int)response.StatusCode} (expected {expected}) {body}");
            AssertScript(published, response, bytes);
            served++;
        }

        Assert.Equal(19, served);
        var moved = emulator.DesignResources.Where(r => r["id"]!.GetValue<string>() == "9c6f9a92-fa99-4a63-81e3-b6ad2200f5e9").ToList();
        Assert.Equal([("APPROVED", 1), ("DRAFT", 2)], moved.Select(r => (r["state"]!.GetValue<string>(), r["version"]!.GetValue<int>()))); // APPROVED → DRAFT made version 2
        Assert.Contains(emulator.DesignResources, r => r["name"]!.GetValue<string>() == "UploadedSampleFile" && r["metadata"]!["subtype"]!.GetValue<string>() == "driver");
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
        var request = new HttpRequestMessage(new HttpMethod(published.Method), new Uri(emulator.BaseAddress, CollectionItems.ResolvePath(published).TrimStart('/') + (query.Length > 0 ? "?" + query : string.Empty)));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", published.Auth["token"]);
        foreach (var (key, value) in published.Headers)
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }

        if (published.RawBody is { Length: > 0 } raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (published.BodyMode == "formdata")
        {
            var (field, file) = CollectionItems.FormData(published.Name);
            request.Content = new MultipartFormDataContent { { new ByteArrayContent(FileContent(file)), field, file } };
        }

        return await http.SendAsync(request);
    }

    // The upload files are OpenText's own (Vendor/files); an export package is built from the packages' records.
    private static byte[] FileContent(string file)
    {
        var upload = Path.Combine(AppContext.BaseDirectory, "Vendor", "files", file);
        if (File.Exists(upload))
        {
            return File.ReadAllBytes(upload);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var record in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Vendor", "das-export"), "*.json"))
            {
                var name = Path.GetFileName(record);
                var entry = zip.CreateEntry(name.EndsWith("-links.json", StringComparison.Ordinal) ? "links/links.json" : "resources/" + name);
                using var stream = entry.Open();
                stream.Write(File.ReadAllBytes(record));
            }
        }

        return buffer.ToArray();
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
