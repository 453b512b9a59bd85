using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Connectors.Core;
using Connectors.Scenarios;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Triggers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.AspNetCore.Tests;

/// <summary>
/// The dashboard's HTTP surface on a real Kestrel host with the engine and an in-memory store: one scenario whose
/// vendor call fails (a typed <see cref="ConnectorException"/> with the vendor's request id) until the test heals it.
/// </summary>
public sealed partial class DashboardApiTests : IAsyncLifetime
{
    private const string Scenario = "greet";
    private const string VendorRequestId = "vendor-req-42";

    private volatile bool _vendorDown;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = Build(Environments.Development, policy: null);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public void Mapping_without_a_policy_outside_development_is_refused()
    {
        var app = Build(Environments.Production, policy: null, map: false);

        var refused = Assert.Throws<InvalidOperationException>(() => app.MapConnectorsDashboard("/ops"));

        Assert.Contains("authorization policy", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_without_the_services_is_refused()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        var app = builder.Build();

        Assert.Throws<InvalidOperationException>(() => app.MapConnectorsDashboard("/ops"));
    }

    [Fact]
    public async Task Adding_the_dashboard_twice_observes_each_run_once()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Services.AddScenarios().UseInMemoryStore();
        builder.Services.AddConnectorsDashboard();
        builder.Services.AddConnectorsDashboard(o => o.Title = "Ops");
        await using var app = builder.Build();

        Assert.Single(app.Services.GetServices<Connectors.Scenarios.Telemetry.IScenarioRunObserver>());
        Assert.Equal("Ops", app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConnectorsDashboardOptions>>().Value.Title);
    }

    [Fact]
    public void Every_dashboard_endpoint_requires_the_host_policy()
    {
        var app = Build(Environments.Production, policy: "operators");

        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/ops", StringComparison.Ordinal) == true).ToList();

        Assert.Equal(7, endpoints.Count);
        Assert.All(endpoints, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == "operators"));
    }

    [Fact]
    public async Task The_page_and_its_assets_come_from_the_package_with_a_same_origin_policy()
    {
        using var page = await _http.GetAsync(new Uri("ops/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var script = await _http.GetAsync(new Uri("ops/assets/dashboard.js", UriKind.Relative));
        using var style = await _http.GetAsync(new Uri("ops/assets/dashboard.css", UriKind.Relative));
        using var missing = await _http.GetAsync(new Uri("ops/assets/other.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("src=\"/ops/assets/dashboard.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/api/overview", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_overview_counts_runs_and_steps_and_the_run_detail_carries_the_vendor_request_id()
    {
        _vendorDown = true;
        await SubmitAsync("e-1", "customer:1");
        _vendorDown = false;
        await SubmitAsync("e-2", "customer:2");

        using var overview = JsonDocument.Parse(await _http.GetStringAsync(new Uri("ops/api/overview", UriKind.Relative)));
        var root = overview.RootElement;
        Assert.Equal(0, root.GetProperty("queueDepth").GetInt64());
        var recipe = root.GetProperty("recipes").EnumerateArray().Single(r => r.GetProperty("name").GetString() == Scenario);
        Assert.Equal(1, recipe.GetProperty("runs").GetProperty("completed").GetInt32());
        Assert.Equal(1, recipe.GetProperty("runs").GetProperty("deadLettered").GetInt32());
        Assert.Equal(0, recipe.GetProperty("runs").GetProperty("inFlight").GetInt32());
        Assert.Equal(60, recipe.GetProperty("runs").GetProperty("completedPerMinute").GetArrayLength());
        Assert.Equal(1, recipe.GetProperty("runs").GetProperty("completedPerMinute")[59].GetInt32());
        Assert.True(recipe.GetProperty("runs").GetProperty("p95Ms").GetDouble() >= recipe.GetProperty("runs").GetProperty("p50Ms").GetDouble());
        var step = recipe.GetProperty("steps").EnumerateArray().Single();
        Assert.Equal("call-vendor", step.GetProperty("name").GetString());
        Assert.Equal(1, step.GetProperty("series").GetProperty("completed").GetInt32());
        Assert.Equal(1, step.GetProperty("series").GetProperty("deadLettered").GetInt32());

        var failed = root.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("eventId").GetString() == "e-1");
        Assert.Equal("dead-lettered", failed.GetProperty("outcome").GetString());
        using var detail = JsonDocument.Parse(await _http.GetStringAsync(new Uri("ops/api/runs/" + failed.GetProperty("id").GetString(), UriKind.Relative)));
        var run = detail.RootElement;
        Assert.Equal("corr-e-1", run.GetProperty("correlationId").GetString());
        Assert.Equal(32, run.GetProperty("traceId").GetString()!.Length);
        Assert.Equal("https://traces.example/trace/" + run.GetProperty("traceId").GetString(), run.GetProperty("traceLink").GetString());
        Assert.Equal(VendorRequestId, run.GetProperty("error").GetProperty("vendorRequestId").GetString());
        Assert.Equal(409, run.GetProperty("error").GetProperty("status").GetInt32());
        Assert.Equal("Vendor", run.GetProperty("error").GetProperty("system").GetString());
        var attempts = run.GetProperty("steps").EnumerateArray().Single();
        Assert.Equal(("call-vendor", "failed", 1), (attempts.GetProperty("name").GetString(), attempts.GetProperty("outcome").GetString(), attempts.GetProperty("attempts").GetInt32()));
        Assert.False(string.IsNullOrEmpty(run.GetProperty("deadLetterId").GetString()));

        using var unknown = await _http.GetAsync(new Uri("ops/api/runs/no-such-run", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Dead_letters_are_searched_by_subject_error_kind_and_time_then_replayed_with_the_token()
    {
        _vendorDown = true;
        await SubmitAsync("s-1", "customer:alpha");
        await SubmitAsync("s-2", "customer:beta");
        await SubmitAsync("s-3", "customer:alpha-2");
        _vendorDown = false;

        var all = await SearchAsync($"recipe={Scenario}&step=call-vendor&errorKind={typeof(ConnectorException).FullName}");
        var alpha = await SearchAsync("subject=ALPHA");
        var future = await SearchAsync("from=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O")));
        var otherKind = await SearchAsync("errorKind=System.TimeoutException");
        using var badTime = await _http.GetAsync(new Uri("ops/api/dead-letters?from=yesterday", UriKind.Relative));

        Assert.Equal(3, all.GetProperty("count").GetInt32());
        Assert.Equal(["s-1", "s-3"], alpha.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("eventId").GetString()).Order());
        Assert.Equal(0, future.GetProperty("count").GetInt32());
        Assert.Equal(0, otherKind.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);

        var ids = alpha.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
        using (var noToken = await _http.PostAsJsonAsync(new Uri("ops/api/dead-letters/replay", UriKind.Relative), new { ids }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
            Assert.Contains("antiforgery", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(3, (await SearchAsync($"recipe={Scenario}")).GetProperty("count").GetInt32());
        var (header, token) = await AntiforgeryAsync();
        using var replay = new HttpRequestMessage(HttpMethod.Post, new Uri("ops/api/dead-letters/replay", UriKind.Relative))
        {
            Content = JsonContent.Create(new { ids = ids.Append("no-such-letter").ToArray() }),
        };
        replay.Headers.Add(header, token);
        using var replayed = await _http.SendAsync(replay);
        using var result = JsonDocument.Parse(await replayed.Content.ReadAsStringAsync());
        await IdleAsync();

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(2, result.RootElement.GetProperty("replayed").GetInt32());
        Assert.Equal(["s-2"], (await SearchAsync($"recipe={Scenario}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("eventId").GetString()));
        var runs = JsonDocument.Parse(await _http.GetStringAsync(new Uri("ops/api/runs?event=s-1&event=s-3", UriKind.Relative))).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, runs.Count(r => r.GetProperty("isReplay").GetBoolean() && r.GetProperty("outcome").GetString() == "completed"));
        Assert.Equal(2, runs.Count(r => !r.GetProperty("isReplay").GetBoolean() && r.GetProperty("outcome").GetString() == "dead-lettered"));
    }

    [Fact]
    public async Task A_replay_with_no_ids_or_too_many_is_refused()
    {
        var (header, token) = await AntiforgeryAsync();
        foreach (var body in new[] { "{}", "{\"ids\":[]}", "not json", JsonSerializer.Serialize(new { ids = Enumerable.Range(0, 501).Select(i => "d" + i) }) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("ops/api/dead-letters/replay", UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(header, token);
            using var response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    private WebApplication Build(string environment, string? policy, bool map = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddScenarios().UseInMemoryStore().AddScenario(Scenario, s => s
            .From(Trigger.Webhook("test", "greeting", DashboardTestJson.Default.Greeting))
            .Then("call-vendor", key: g => g.Name, (g, ctx, ct) => _vendorDown
                ? throw new ConnectorException("Vendor", "The vendor refused the greeting.") { Status = 409, RequestId = VendorRequestId }
                : ValueTask.CompletedTask));
        builder.Services.AddConnectorsDashboard(o => o.TraceLinkTemplate = "https://traces.example/trace/{traceId}");
        if (policy is not null)
        {
            builder.Services.AddAuthorization(o => o.AddPolicy(policy, p => p.RequireAuthenticatedUser()));
        }

        var app = builder.Build();
        if (map)
        {
            app.MapConnectorsDashboard("/ops", policy);
        }

        return app;
    }

    private async Task SubmitAsync(string id, string subject)
    {
        var envelope = EventEnvelope.Create(id, "test", "greeting", new Greeting(subject), DashboardTestJson.Default.Greeting) with
        {
            Subject = subject,
            CorrelationId = "corr-" + id,
        };
        await _app.Services.GetRequiredService<IScenarioInbox>().SubmitAsync(envelope);
        await IdleAsync();
    }

    private async Task IdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _app.Services.GetRequiredService<IScenarioRunner>().WaitForIdleAsync(timeout.Token);
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri("ops/api/dead-letters?" + query, UriKind.Relative)));
        return document.RootElement.Clone();
    }

    /// <summary>Loads the page (which sets the antiforgery cookie) and reads the header name and token it carries.</summary>
    private async Task<(string Header, string Token)> AntiforgeryAsync()
    {
        var html = await _http.GetStringAsync(new Uri("ops/", UriKind.Relative));
        var match = AntiforgeryMeta().Match(html);
        Assert.True(match.Success);
        return (match.Groups["header"].Value, WebUtility.HtmlDecode(match.Groups["token"].Value));
    }

    [GeneratedRegex("data-antiforgery-header=\"(?<header>[^\"]+)\" data-antiforgery-token=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryMeta();
}

public sealed record Greeting(string Name);

[JsonSerializable(typeof(Greeting))]
internal sealed partial class DashboardTestJson : JsonSerializerContext;
