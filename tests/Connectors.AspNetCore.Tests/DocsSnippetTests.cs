using Connectors.Core.Webhooks;
using System.Net;
using System.Text;
using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Sqlite;
using Connectors.Testing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.AspNetCore.Tests;

/// <summary>Runs the wiring docs/hosting.md shows, configured the way a real host is (here: pointed at the emulators).</summary>
public sealed class DocsSnippetTests
{
    [Fact]
    public async Task The_documented_wiring_serves_the_configured_endpoints_and_health()
    {
        await using var systems = await EmulatedSystems.StartAsync();
        var folder = Directory.CreateTempSubdirectory("connectors-hosting-docs-");
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            $"--BigCommerce:BaseAddress={systems.BigCommerce.BaseAddress}",
            $"--BigCommerce:StoreHash={BigCommerceEmulator.DefaultStoreHash}",
            $"--BigCommerce:AccessToken={BigCommerceEmulator.DefaultAccessToken}",
            $"--CoreCase:BaseAddress={systems.CoreCase.BaseAddress}",
            $"--CoreCase:AuthenticationBaseAddress={systems.Identity.BaseAddress}",
            $"--CoreCase:TenantId={OpenTextIdentityEmulator.DefaultTenant}",
            $"--CoreCase:ClientId={OpenTextIdentityEmulator.DefaultClientId}",
            $"--CoreCase:ClientSecret={OpenTextIdentityEmulator.DefaultClientSecret}",
            $"--Scenarios:Database={Path.Combine(folder.FullName, "scenarios.db")}",
            $"--Webhooks:BigCommerce={HostFixture.BigCommerceSecret}",
            $"--Webhooks:Exstream={HostFixture.ExstreamSecret}",
        ];

        // begin-snippet: hosting-wiring
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddBigCommerce(builder.Configuration.GetSection("BigCommerce"));
        builder.Services.AddCoreCase(builder.Configuration.GetSection("CoreCase"));
        // … AddExstream / AddTradingGrid / AddWorkflowService
        builder.Services.AddScenarios().UseSqliteStore(builder.Configuration["Scenarios:Database"] ?? "scenarios.db");
        builder.Services.AddWebhookReceiver(new BigCommerceWebhookReceiver(builder.Configuration["Webhooks:BigCommerce"]!));
        builder.Services.AddWebhookReceiver(new ExstreamWebhookReceiver(builder.Configuration["Webhooks:Exstream"]!));
        builder.Services.AddConnectorsHealthChecks();   // after the clients: one check per registered client

        await using var app = builder.Build();
        app.MapConnectorsWebhooks("/webhooks");
        app.MapHealthChecks("/health");
        await app.StartAsync();
        // end-snippet

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");
        using var http = new HttpClient { BaseAddress = address };
        using var health = await http.GetAsync(new Uri("health", UriKind.Relative));
        using var bigCommerce = await PostAsync(http, "webhooks/bigcommerce", BigCommerceWebhookReceiver.DefaultHeaderName, HostFixture.BigCommerceSecret);
        using var exstream = await PostAsync(http, "webhooks/exstream", ExstreamWebhookReceiver.SignatureHeader, "sha256=00");
        using var tradingGrid = await PostAsync(http, "webhooks/tradinggrid", "X-TG-Signature", "sha256=00");

        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bigCommerce.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, exstream.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tradingGrid.StatusCode); // no receiver registered: not mapped
        await app.StopAsync();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_documented_dashboard_wiring_sends_an_anonymous_visitor_to_sign_in()
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"];
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddScenarios().UseInMemoryStore();

        // begin-snippet: dashboard-wiring
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        builder.Services.AddAuthorization(o => o.AddPolicy("operators", p => p.RequireAuthenticatedUser().RequireRole("operator")));
        builder.Services.AddConnectorsDashboard(o => o.TraceLinkTemplate = "https://jaeger.example.com/trace/{traceId}");

        await using var app = builder.Build();
        app.MapConnectorsDashboard("/ops/connectors", "operators");
        // end-snippet
        await app.StartAsync();

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
        using var page = await http.GetAsync(new Uri("ops/connectors/", UriKind.Relative));
        using var overview = await http.GetAsync(new Uri("ops/connectors/api/overview", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        await app.StopAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(
                "{\"created_at\":" + DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ",\"store_id\":\"1001\",\"producer\":\"stores/emu-store\",\"scope\":\"store/order/created\",\"hash\":\"docs\",\"data\":{\"type\":\"order\",\"id\":100}}",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add(header, value);
        return await http.SendAsync(request);
    }
}
