using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Connectors.Emulators.OpenTextIdentity;

namespace Connectors.OpenText.WorkflowService.Tests;

/// <summary>The emulator's own contract on the wire: OAuth through the identity emulator, Flowable error bodies.</summary>
public sealed class EmulatorHttpTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private async Task<string> TokenAsync(string tenant)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(host.Identity.TokenEndpoint(tenant), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = OpenTextIdentityEmulator.DefaultClientId,
            ["client_secret"] = tenant == OpenTextIdentityEmulator.DefaultTenant ? OpenTextIdentityEmulator.DefaultClientSecret : "other-secret",
        }));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    [Fact]
    public async Task Requests_without_a_token_are_refused()
    {
        using var http = new HttpClient { BaseAddress = host.Emulator.ApiBaseAddress };

        using var response = await http.GetAsync("tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_of_another_tenant_is_refused()
    {
        host.Identity.AddClient("tenant-2", OpenTextIdentityEmulator.DefaultClientId, "other-secret");
        using var http = new HttpClient { BaseAddress = host.Emulator.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("tenant-2"));

        using var response = await http.GetAsync("tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_and_oversized_bodies_get_flowable_style_errors()
    {
        using var http = new HttpClient { BaseAddress = host.Emulator.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(OpenTextIdentityEmulator.DefaultTenant));

        using var malformed = await http.PostAsync("process-instances", new StringContent("{ nope", Encoding.UTF8, "application/json"));
        using var oversized = await http.PostAsync("process-instances", new StringContent(new string('x', 2 * 1024 * 1024), Encoding.UTF8, "application/json"));
        using var unknownType = await http.PostAsync("process-instances", new StringContent(
            """{"processDefinitionKey":"claims-process","variables":[{"name":"a","type":"blob","value":1}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        using var body = JsonDocument.Parse(await malformed.Content.ReadAsStringAsync());
        Assert.Equal("Bad request", body.RootElement.GetProperty("message").GetString());
        Assert.Contains("not valid JSON", body.RootElement.GetProperty("exception").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
    }

    [Fact]
    public async Task Dates_are_written_in_the_service_format()
    {
        using var http = new HttpClient { BaseAddress = host.Emulator.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(OpenTextIdentityEmulator.DefaultTenant));

        using var response = await http.PostAsync("process-instances", new StringContent(
            """{"processDefinitionKey":"claims-process","businessKey":"raw-1"}""", Encoding.UTF8, "application/json"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$", body.RootElement.GetProperty("startTime").GetString());
    }

    [Theory]
    [InlineData("GET", "process-definitions")]
    [InlineData("GET", "process-definitions?key=claims-process&latest=true")]
    [InlineData("PUT", "process-instances/any/variables")]
    public async Task The_old_guessed_routes_are_refused_with_404(string method, string path)
    {
        using var http = new HttpClient { BaseAddress = host.Emulator.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(OpenTextIdentityEmulator.DefaultTenant));

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent("[]", Encoding.UTF8, "application/json") });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Lists_are_HAL_with_the_published_keys_and_page_block_never_data_and_total()
    {
        using var http = new HttpClient { BaseAddress = host.Emulator.ApiBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(OpenTextIdentityEmulator.DefaultTenant));
        for (var i = 0; i < 3; i++)
        {
            using var started = await http.PostAsync("process-instances", new StringContent(
                """{"processDefinitionKey":"claims-process","businessKey":"hal-list"}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        }

        using var models = JsonDocument.Parse(await http.GetStringAsync("runtime/models?modelType=json&key=claims-process"));
        using var tasks = JsonDocument.Parse(await http.GetStringAsync("tasks?sort=createTime&order=desc&includeProcessVariables=true&processInstanceBusinessKey=hal-list&offset=1&size=1"));
        using var instances = JsonDocument.Parse(await http.GetStringAsync("process-instances?businessKey=hal-list"));

        Assert.Equal("claims-process", models.RootElement.GetProperty("_embedded").GetProperty("models")[0].GetProperty("key").GetString());
        Assert.Equal(3, instances.RootElement.GetProperty("_embedded").GetProperty("process-instances").GetArrayLength());
        var page = tasks.RootElement.GetProperty("page");
        Assert.Equal(1, tasks.RootElement.GetProperty("_embedded").GetProperty("tasks").GetArrayLength());
        Assert.Equal((1, 3, 3, 1), (page.GetProperty("size").GetInt32(), page.GetProperty("totalElements").GetInt32(), page.GetProperty("totalPages").GetInt32(), page.GetProperty("number").GetInt32()));
        Assert.Contains("offset=2", tasks.RootElement.GetProperty("_links").GetProperty("next").GetProperty("href").GetString(), StringComparison.Ordinal);
        Assert.All(new[] { models, tasks, instances }, d => Assert.False(d.RootElement.TryGetProperty("data", out _) || d.RootElement.TryGetProperty("total", out _)));
    }
}
