using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.OpenTextIdentity;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>A fresh identity emulator and Core Case emulator per test.</summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    private EmulatorFixture(OpenTextIdentityEmulator identity, CoreCaseEmulator coreCase)
    {
        Identity = identity;
        CoreCase = coreCase;
    }

    public OpenTextIdentityEmulator Identity { get; }

    public CoreCaseEmulator CoreCase { get; }

    public static async Task<EmulatorFixture> StartAsync()
    {
        var identity = await OpenTextIdentityEmulator.StartNewAsync();
        var coreCase = await CoreCaseEmulator.StartAsync(identity);
        return new EmulatorFixture(identity, coreCase);
    }

    /// <summary>An HttpClient on the API root (<c>api/v1/</c>) with a tenant token fetched by hand (no client code involved).</summary>
    public async Task<HttpClient> RawClientAsync(string tenantId = OpenTextIdentityEmulator.DefaultTenant)
    {
        using var tokenClient = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = OpenTextIdentityEmulator.DefaultClientId,
            ["client_secret"] = OpenTextIdentityEmulator.DefaultClientSecret,
        });
        using var response = await tokenClient.PostAsync(Identity.TokenEndpoint(tenantId), form);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        var client = new HttpClient { BaseAddress = CoreCase.ApiAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await CoreCase.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
