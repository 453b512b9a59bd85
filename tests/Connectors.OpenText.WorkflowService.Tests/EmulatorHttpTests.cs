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
}
