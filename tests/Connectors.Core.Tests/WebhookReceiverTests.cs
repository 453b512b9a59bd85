using System.Text;
using System.Text.Json;
using Connectors.Core.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Core.Tests;

/// <summary>The shared flow of every receiver: size, authentication, UTF-8, reading, identity and age, in that order.</summary>
public sealed class WebhookReceiverTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_authentic_readable_recent_delivery_is_accepted_with_its_facts()
    {
        var receipt = Receiver().Receive(Delivery(Now.AddMinutes(-5)));

        Assert.True(receipt.Accepted);
        Assert.Equal("e-1", receipt.Info.Id);
        Assert.Equal("e-1", receipt.Event!.Id);
    }

    [Fact]
    public void A_delivery_older_than_max_age_is_refused_as_expired_and_one_without_max_age_is_not()
    {
        var old = Delivery(Now.AddDays(-2));

        Assert.Equal(WebhookRejectionKind.Expired, Receiver(TimeSpan.FromDays(1)).Receive(old).Rejection?.Kind);
        Assert.True(Receiver(maxAge: null).Receive(old).Accepted);
    }

    [Fact]
    public void A_body_that_is_not_utf8_is_refused_as_malformed_before_it_is_read()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"e-1\",\"at\":\"2026-12-02T12:00:00Z\",\"note\":\"x\"}");
        body[^3] = 0xFF;

        var receipt = Receiver().Receive(WebhookDelivery.Create(body, [new("X-Secret", "s")]));

        Assert.Equal(WebhookRejectionKind.Malformed, receipt.Rejection?.Kind);
        Assert.Contains("UTF-8", receipt.Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_come_in_order_size_then_authentication()
    {
        var big = WebhookDelivery.Create(new byte[2048], []);

        Assert.Equal(WebhookRejectionKind.TooLarge, Receiver().Receive(big).Rejection?.Kind);
        Assert.Equal(WebhookRejectionKind.Unauthenticated, Receiver().Receive(WebhookDelivery.Create("{}"u8.ToArray(), [])).Rejection?.Kind);
        Assert.Throws<ConnectorAuthenticationException>(() => Receiver().Receive(WebhookDelivery.Create("{}"u8.ToArray(), [])).EnsureAccepted());
    }

    private static TestReceiver Receiver(TimeSpan? maxAge = null) => new() { MaxAge = maxAge, Time = new FakeTimeProvider(Now) };

    private static WebhookDelivery Delivery(DateTimeOffset at)
        => WebhookDelivery.Create(Encoding.UTF8.GetBytes($"{{\"id\":\"e-1\",\"at\":\"{at:O}\"}}"), [new("X-Secret", "s")]);

    private sealed record TestEvent(string Id, DateTimeOffset At);

    private sealed class TestReceiver() : WebhookReceiver<TestEvent>("Test", "test", 1024)
    {
        public override TestEvent Read(ReadOnlySpan<byte> body)
        {
            using var json = JsonDocument.Parse(body.ToArray());
            return new TestEvent(json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("at").GetDateTimeOffset());
        }

        protected override string? Authenticate(WebhookDelivery delivery) => delivery.Header("X-Secret") == "s" ? null : "wrong secret";

        protected override WebhookEventInfo? Describe(TestEvent webhookEvent, WebhookDelivery delivery) => new(webhookEvent.Id, "test") { OccurredAt = webhookEvent.At };
    }
}
