using System.Globalization;
using System.Net;
using System.Text;
using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.Hosting;
using Connectors.Recipes.OrderExceptions;
using Connectors.Samples.Web.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Connectors.Samples.Web.Tests;

/// <summary>The packaged dashboard in the web sample, driven in headless chromium.</summary>
public sealed class DashboardTests(WebSampleFixture fixture) : IClassFixture<WebSampleFixture>
{
    // Seeded orders of the emulated store (two per status, ids from 100): 112 and 127 wait for manual verification,
    // 106 was declined. Each test uses its own orders, since a case opened for an order is journaled.
    private const int LiveOrder = 112;
    private const int DeclinedOrder = 106;
    private const int ManualVerificationOrder = 127;
    private const string VendorRequestId = "core-case-request-4711";

    [Fact]
    public async Task Health_answers_healthy_for_every_client_and_the_store()
    {
        using var response = await fixture.Http.GetAsync(new Uri("health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_root_redirects_to_the_dashboard()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Sample.Address };
        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SampleDashboard.Path + "/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_dashboard_updates_without_a_reload_when_a_run_completes()
    {
        var (page, requests) = await fixture.OpenPageAsync();
        await page.GotoAsync(SampleDashboard.Path + "/");
        await Expect(page.Locator("#updated")).ToContainTextAsync("updated");
        await page.EvaluateAsync("window.__sameDocument = true");
        var openCase = page.Locator($"#recipes tr.step[data-recipe='{OrderExceptionRecipe.Id}'][data-step='open-case'] .completed");
        var openedBefore = await openCase.CountAsync() == 0 ? 0 : int.Parse(await openCase.TextContentAsync() ?? "0", CultureInfo.InvariantCulture);

        var eventId = await PostOrderWebhookAsync(LiveOrder);

        // The row appears and the counters move while the same document stays loaded.
        var run = page.Locator($"#runs tr[data-event-id='{eventId}'][data-recipe='{OrderExceptionRecipe.Id}'][data-outcome='completed']");
        await Expect(run).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        var recipe = page.Locator($"#recipes tr.recipe[data-recipe='{OrderExceptionRecipe.Id}']");
        await Expect(recipe.Locator(".completed")).Not.ToHaveTextAsync("0");
        await Expect(openCase).ToHaveTextAsync((openedBefore + 1).ToString(CultureInfo.InvariantCulture));
        await Expect(recipe.Locator(".p95")).Not.ToHaveTextAsync("–");
        await Expect(recipe.Locator("svg.chart rect.bar")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#systems tr[data-system='BigCommerce'] .requests")).Not.ToHaveTextAsync("0");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"));

        // The run's detail: event, correlation id, steps with attempts, trace id.
        await run.ClickAsync();
        await Expect(page.Locator("#run-detail [data-fact='event-id']")).ToHaveTextAsync(eventId);
        await Expect(page.Locator("#run-detail [data-fact='correlation-id']")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#run-steps tr[data-step='open-case'] .attempts")).ToHaveTextAsync("1");
        await Expect(page.Locator("#run-detail [data-fact='trace-id']")).Not.ToBeEmptyAsync();

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("dashboard.png"), FullPage = true });
        AssertSameOrigin(requests);
    }

    [Fact]
    public async Task A_dead_letter_found_by_search_is_replayed_in_bulk_and_its_runs_complete()
    {
        var coreCase = fixture.Sample.Systems!.CoreCase;
        var (page, requests) = await fixture.OpenPageAsync();
        await page.GotoAsync(SampleDashboard.Path + "/");

        // Core Case refuses every write (with its request id): opening the cases fails for good, both events are dead-lettered.
        coreCase.Faults.Add(Fault.Status(400, headers: new Dictionary<string, string> { ["X-Request-ID"] = VendorRequestId }), count: null, method: "POST");
        try
        {
            await DeadLetterSearchAndBulkReplayAsync(page, requests);
        }
        finally
        {
            coreCase.Faults.Clear();
        }
    }

    private async Task DeadLetterSearchAndBulkReplayAsync(IPage page, List<string> requests)
    {
        var coreCase = fixture.Sample.Systems!.CoreCase;
        var declined = await PostOrderWebhookAsync(DeclinedOrder);
        var verification = await PostOrderWebhookAsync(ManualVerificationOrder);
        await fixture.WaitForIdleAsync();
        await Expect(page.Locator($"#runs tr[data-event-id='{declined}'][data-recipe='{OrderExceptionRecipe.Id}'][data-outcome='dead-lettered']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await page.Locator($"#runs tr[data-event-id='{declined}'][data-recipe='{OrderExceptionRecipe.Id}']").ClickAsync();
        await Expect(page.Locator("#run-detail [data-fact='error']")).ToContainTextAsync("HTTP 400");
        await Expect(page.Locator("#run-detail [data-fact='error']")).ToContainTextAsync("vendor request id " + VendorRequestId);

        // Search: by recipe and step, then narrowed by subject to one order.
        await page.FillAsync("#search-recipe", OrderExceptionRecipe.Id);
        await page.FillAsync("#search-step", "open-case");
        await page.ClickAsync("#search");
        await Expect(page.Locator("#dead-letter-count")).ToHaveTextAsync("2 dead letters found");
        await page.FillAsync("#search-subject", $"{BigCommerceEmulator.DefaultStoreHash}:{DeclinedOrder}");
        await page.ClickAsync("#search");
        await Expect(page.Locator("#dead-letters tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#dead-letters tr[data-event-id='{declined}']")).ToContainTextAsync("open-case");
        await page.FillAsync("#search-subject", "");
        await page.ClickAsync("#search");
        await Expect(page.Locator("#dead-letters tbody tr")).ToHaveCountAsync(2);

        // Replay both, after a confirmation that names the count.
        coreCase.Faults.Clear();
        await page.ClickAsync("#replay-all");
        await Expect(page.Locator("#replay-question")).ToHaveTextAsync("Replay 2 dead letters through their recipes?");
        await page.ClickAsync("#replay-confirm-yes");
        await Expect(page.Locator("#replay-result")).ToHaveTextAsync("Replayed 2 of 2.");
        await Expect(page.Locator($"#replays tr[data-event-id='{declined}'][data-outcome='completed']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(page.Locator($"#replays tr[data-event-id='{verification}'][data-outcome='completed']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(page.Locator("#dead-letter-count")).ToHaveTextAsync("0 dead letters found");
        await Expect(page.Locator($"#runs tr[data-event-id='{declined}'][data-recipe='{OrderExceptionRecipe.Id}'][data-outcome='completed'] .badge")).ToHaveTextAsync("replay");
        AssertSameOrigin(requests);
    }

    [Fact]
    public async Task An_unauthenticated_request_is_refused()
    {
        // In the browser: with no credentials to answer the Basic challenge, chromium gets no page.
        var (page, _) = await fixture.OpenPageAsync(signedIn: false);
        var refused = await Assert.ThrowsAsync<PlaywrightException>(() => page.GotoAsync(SampleDashboard.Path + "/"));
        Assert.Contains("ERR_INVALID_AUTH_CREDENTIALS", refused.Message, StringComparison.Ordinal);
        var answer = await page.Context.APIRequest.GetAsync(SampleDashboard.Path + "/api/overview");
        Assert.Equal(401, answer.Status);

        foreach (var path in new[] { "dashboard/", "dashboard/api/overview", "dashboard/api/dead-letters", "dashboard/assets/dashboard.js" })
        {
            using var get = await fixture.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        }

        using var post = await fixture.Http.PostAsync(new Uri("dashboard/api/dead-letters/replay", UriKind.Relative), new StringContent("{\"ids\":[\"x\"]}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task An_action_without_the_antiforgery_token_is_refused()
    {
        var (page, _) = await fixture.OpenPageAsync();
        await page.GotoAsync(SampleDashboard.Path + "/");

        // From the signed-in page itself (its cookies travel), but without the token header.
        var status = await page.EvaluateAsync<int>("""
            async () => (await fetch("/dashboard/api/dead-letters/replay", {
                method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ids: ["any"] }) })).status
            """);
        Assert.Equal(400, status);

        // A signed-in client with a made-up token fares no better.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("dashboard/api/dead-letters/replay", UriKind.Relative))
        {
            Content = new StringContent("{\"ids\":[\"any\"]}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = WebSampleFixture.Operator;
        request.Headers.Add("RequestVerificationToken", "forged");
        using var response = await fixture.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private void AssertSameOrigin(List<string> requests)
    {
        var origin = fixture.Sample.Address.GetLeftPart(UriPartial.Authority);
        lock (requests)
        {
            Assert.NotEmpty(requests);
            Assert.All(requests, url => Assert.StartsWith(origin + "/", url, StringComparison.Ordinal));
        }
    }

    /// <summary>Posts an order status webhook as BigCommerce sends it (the hook's secret header); returns the event id.</summary>
    private async Task<string> PostOrderWebhookAsync(int orderId)
    {
        var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $$$"""{"created_at":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"store_id":"1001","producer":"stores/{{{BigCommerceEmulator.DefaultStoreHash}}}","scope":"store/order/statusUpdated","hash":"{{{Guid.NewGuid():N}}}","data":{"type":"order","id":{{{orderId}}}}}"""));
        var receiver = new BigCommerceWebhookReceiver(SampleWebhooks.EmulatedSecret);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("webhooks/bigcommerce", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (name, value) in receiver.HookHeaders)
        {
            request.Headers.Add(name, value);
        }

        using var response = await fixture.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return receiver.Read(body).DeliveryKey;
    }
}
