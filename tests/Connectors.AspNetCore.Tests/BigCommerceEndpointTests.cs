using System.Net;
using System.Text;
using Connectors.BigCommerce;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.AspNetCore.Tests;

public sealed class BigCommerceEndpointTests : IAsyncLifetime
{
    private readonly HostFixture _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Emulator_delivery_with_its_real_headers_is_stored_once_and_a_redelivery_is_a_duplicate()
    {
        var client = _host.App.Services.GetRequiredService<BigCommerceClient>();
        await client.Webhooks.CreateAsync(new WebhookRequest
        {
            Scope = "store/order/statusUpdated",
            Destination = _host.Endpoint("bigcommerce").ToString(),
            IsActive = true,
            Headers = HostFixture.BigCommerceReceiver().HookHeaders.ToDictionary(),
        });

        await client.Orders.SetStatusAsync(107, OrderStatus.ManualVerificationRequired);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var delivery = await _host.Systems.BigCommerce.WaitForDeliveryAsync(d => d.Scope == "store/order/statusUpdated", timeout.Token);

        Assert.True(delivery.Succeeded);
        Assert.Equal(200, delivery.StatusCode);
        var stored = Assert.Single(_host.Inbox.Stored);
        Assert.Equal(BigCommerceWebhookReceiver.EventSource, stored.Source);
        Assert.Equal("store/order/statusUpdated", stored.Type);
        Assert.EndsWith(":107", stored.Subject, StringComparison.Ordinal);

        using var again = await PostAsync(delivery.Body, HostFixture.BigCommerceSecret);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("duplicates 1", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(_host.Inbox.Stored);
        Assert.Equal(2, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Wrong_secret_is_401_and_nothing_is_stored()
    {
        using var response = await PostAsync(ValidBody, "not-the-secret-at-all");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Inbox.Stored);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Malformed_body_is_400()
    {
        using var response = await PostAsync("{\"scope\": ", HostFixture.BigCommerceSecret);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Inbox.Stored);
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        var body = ValidBody.Replace("\"hash\":\"x\"", "\"hash\":\"" + new string('x', HostFixture.MaxBodyBytes) + "\"", StringComparison.Ordinal);
        using var response = await PostAsync(body, HostFixture.BigCommerceSecret);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Inbox.Stored);
    }

    [Fact]
    public async Task Inbox_failure_is_503_so_the_sender_retries()
    {
        _host.Inbox.Fail = true;
        using var response = await PostAsync(ValidBody, HostFixture.BigCommerceSecret);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(_host.Inbox.Stored);

        _host.Inbox.Fail = false;
        using var retried = await PostAsync(ValidBody, HostFixture.BigCommerceSecret);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(_host.Inbox.Stored);
    }

    private static readonly string ValidBody =
        "{\"created_at\":" + DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ",\"store_id\":\"1001\",\"producer\":\"stores/abc123\",\"scope\":\"store/order/created\",\"hash\":\"x\",\"data\":{\"type\":\"order\",\"id\":250}}";

    private async Task<HttpResponseMessage> PostAsync(string body, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Endpoint("bigcommerce"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(BigCommerceWebhookReceiver.DefaultHeaderName, secret);
        return await _host.Http.SendAsync(request);
    }
}
