using System.Globalization;
using System.Net;
using System.Text;
using Connectors.BigCommerce;
using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.Hosting;
using Connectors.Samples.Web.Hosting;
using Connectors.Recipes.OrderExceptions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Connectors.Samples.Web.Tests;

public sealed class StatusPageTests(WebSampleFixture fixture) : IClassFixture<WebSampleFixture>
{
    // Seeded orders of the emulated store: 112 waits for manual verification, 106 was declined.
    private const int FraudReviewOrder = 112;
    private const int DeclinedOrder = 106;

    [Fact]
    public async Task Health_answers_healthy_for_every_client_and_the_store()
    {
        using var response = await fixture.Http.GetAsync(new Uri("health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_replay_posted_without_the_antiforgery_token_is_refused()
    {
        using var form = new FormUrlEncodedContent([]);
        using var response = await fixture.Http.PostAsync(new Uri("dead-letters/any-id/replay", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_webhook_run_appears_and_a_dead_letter_is_replayed_from_the_browser()
    {
        var coreCase = fixture.Sample.Systems!.CoreCase;
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = fixture.Sample.Address.ToString() });

        var fraudReview = await PostOrderWebhookAsync(FraudReviewOrder);
        await fixture.WaitForIdleAsync();
        await page.GotoAsync("/");
        await Expect(RunRows(page, fraudReview, "completed")).ToHaveCountAsync(1);
        await Expect(RunRows(page, fraudReview, "completed")).ToHaveAttributeAsync("data-scenario", OrderExceptionRecipe.Id);

        // Core Case refuses every write: opening the case fails for good and the event is dead-lettered.
        coreCase.Faults.Add(Fault.Status(400), count: null, method: "POST");
        var declined = await PostOrderWebhookAsync(DeclinedOrder);
        await fixture.WaitForIdleAsync();
        await page.ReloadAsync();
        var deadLetter = page.Locator($"#dead-letters tr[data-message-id='{declined}'][data-scenario='{OrderExceptionRecipe.Id}']");
        await Expect(deadLetter).ToHaveCountAsync(1);
        await Expect(deadLetter).ToContainTextAsync("open-case");
        await Expect(RunRows(page, declined, "dead-lettered")).ToHaveCountAsync(1);

        coreCase.Faults.Clear();
        await deadLetter.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Replay" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("sent back through its recipe");
        await fixture.WaitForIdleAsync();
        await page.ReloadAsync();

        await Expect(page.Locator($"#dead-letters tr[data-message-id='{declined}'][data-scenario='{OrderExceptionRecipe.Id}']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#no-dead-letters")).ToBeVisibleAsync();
        await Expect(RunRows(page, declined, "completed")).ToHaveCountAsync(1);
        var counts = page.Locator($"#counts tr[data-scenario='{OrderExceptionRecipe.Id}']");
        await Expect(counts.Locator(".completed")).ToHaveTextAsync("2");
        await Expect(counts.Locator(".dead-lettered")).ToHaveTextAsync("1");
    }

    private static ILocator RunRows(IPage page, string messageId, string outcome)
        => page.Locator($"#runs tr[data-message-id='{messageId}'][data-outcome='{outcome}'][data-scenario='{OrderExceptionRecipe.Id}']");

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
