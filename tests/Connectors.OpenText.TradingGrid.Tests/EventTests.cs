using Connectors.Core.Webhooks;
using System.Text;
using System.Threading.Channels;
using Connectors.Core;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.TradingGrid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class EventTests
{
    [Fact]
    public async Task The_feed_is_read_from_a_checkpoint_without_loss_or_repeats()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(seed: false);
        env.State.AddPartner(new TgPartner("GCP1", "Partner One", ["ZZ:P1"], "Active", "US"));
        var space = env.SpaceOf("GCP1");
        var thread = env.State.PartnerOpensThread(space.SpaceId, "Claim", "Damaged pallets");
        var pod = env.State.PartnerSharesDocument(space.SpaceId, "photo.jpg", [1, 2], "ProofOfDelivery", thread.ThreadId);

        EventBatch first = await env.Client.Events.ReadAsync(maxCount: 2);
        EventBatch second = await env.Client.Events.ReadAsync(first.Checkpoint, 2);
        EventBatch empty = await env.Client.Events.ReadAsync(second.Checkpoint);
        env.State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(1, DateTimeOffset.UtcNow) with { ReceiverAddress = "ZZ:P1" });
        EventBatch later = await env.Client.Events.ReadAsync(empty.Checkpoint);

        Assert.Equal([TradingGridEventType.ThreadCreated, TradingGridEventType.PostCreated], first.Events.Select(e => e.EventType));
        Assert.True(first.HasMore);
        Assert.Equal(thread.ThreadId, first.Events[0].Data.ThreadId);
        Assert.Equal(PostVisibility.Partner, first.Events[1].Data.Visibility);
        var shared = Assert.Single(second.Events);
        Assert.Equal(TradingGridEventType.DocumentShared, shared.EventType);
        Assert.Equal(pod.DocumentId, shared.Data.DocumentId);
        Assert.False(second.HasMore);
        Assert.Empty(empty.Events);
        Assert.Equal(second.Checkpoint, empty.Checkpoint);
        var failed = Assert.Single(later.Events);
        Assert.Equal(TradingGridEventType.TransactionFailed, failed.EventType);
        Assert.Equal("GCP1", failed.PartnerCompanyId);
        Assert.Equal("997-AK5-R-5", failed.Data.ErrorCode);
    }

    [Fact]
    public async Task A_foreign_checkpoint_is_a_typed_validation_error()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => env.Client.Events.ReadAsync("not-a-checkpoint"));

        Assert.Equal("INVALID_CHECKPOINT", error.ErrorCode);
    }

    [Fact]
    public async Task Callbacks_are_delivered_signed_and_verified_by_the_receiver()
    {
        var received = Channel.CreateUnbounded<(byte[] Body, string? Signature)>();
        await using var sink = await EmulatorHost.StartAsync("callback-sink", app => app.MapPost("/hooks/tg", async (HttpRequest r) =>
        {
            using var buffer = new MemoryStream();
            await r.Body.CopyToAsync(buffer);
            received.Writer.TryWrite((buffer.ToArray(), r.Headers["X-TG-Signature"].ToString()));
            return Results.Ok();
        }));
        await using var env = await TradingGridTestEnvironment.StartAsync();
        WebhookRegistration registration = await env.Client.Events.RegisterWebhookAsync(new Uri(sink.BaseAddress, "hooks/tg"), [TradingGridEventType.PostCreated]);
        var thread = env.State.PartnerOpensThread(env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, "Dispute", "Where is the credit note?");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var (body, signature) = await received.Reader.ReadAsync(timeout.Token);
        var receiver = new TradingGridWebhookReceiver("old-rotated-secret", registration.Secret!);
        var e = receiver.Receive(Signed(body, signature)).EnsureAccepted();

        Assert.Equal(TradingGridEventType.PostCreated, e.EventType);
        Assert.Equal(thread.ThreadId, e.Data.ThreadId);
        Assert.Equal(TradingGridSeed.VeronaVittles, e.PartnerCompanyId);
        Assert.False(received.Reader.TryRead(out _)); // thread.created was not subscribed
    }

    [Fact]
    public async Task A_failed_callback_delivery_is_retried_with_the_same_signed_body()
    {
        var attempts = Channel.CreateUnbounded<(byte[] Body, string Signature, string Attempt)>();
        var calls = 0;
        await using var sink = await EmulatorHost.StartAsync("flaky-sink", app => app.MapPost("/hook", async (HttpRequest r) =>
        {
            using var buffer = new MemoryStream();
            await r.Body.CopyToAsync(buffer);
            attempts.Writer.TryWrite((buffer.ToArray(), r.Headers["X-TG-Signature"].ToString(), r.Headers["X-TG-Delivery-Attempt"].ToString()));
            return Interlocked.Increment(ref calls) == 1 ? Results.StatusCode(500) : Results.Ok();
        }));
        await using var env = await TradingGridTestEnvironment.StartAsync();
        WebhookRegistration registration = await env.Client.Events.RegisterWebhookAsync(new Uri(sink.BaseAddress, "hook"), [TradingGridEventType.TransactionFailed]);
        env.State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(77, DateTimeOffset.UtcNow));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await attempts.Reader.ReadAsync(timeout.Token);
        var second = await attempts.Reader.ReadAsync(timeout.Token);
        var e = new TradingGridWebhookReceiver(registration.Secret!).Receive(Signed(second.Body, second.Signature)).EnsureAccepted();

        Assert.Equal(("1", "2"), (first.Attempt, second.Attempt));
        Assert.Equal(first.Body, second.Body);
        Assert.Equal("TX0000000077", e.Data.TransactionId);
        Assert.Equal("997-AK5-R-5", e.Data.ErrorCode);
    }

    [Fact]
    public async Task Webhooks_are_listed_without_secrets_and_deleted()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        WebhookRegistration registration = await env.Client.Events.RegisterWebhookAsync(new Uri("https://hooks.example/tg"));

        var listed = await env.Client.Events.ListWebhooksAsync().ToListAsync();
        var deleted = await env.Client.Events.DeleteWebhookAsync(registration.WebhookId);

        Assert.NotNull(registration.Secret);
        Assert.Null(Assert.Single(listed).Secret);
        Assert.Equal(204, deleted.Status);
        Assert.Empty(env.Emulator.Webhooks);
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => env.Client.Events.DeleteWebhookAsync(registration.WebhookId));
    }

    [Fact]
    public void A_wrong_or_missing_signature_is_refused()
    {
        var receiver = new TradingGridWebhookReceiver("secret-1");
        var body = Encoding.UTF8.GetBytes("""{"eventId":"EV1","eventType":"post.created"}""");
        var forged = TradingGridEmulator.Sign("other-secret", body);

        Assert.True(receiver.Receive(Signed(body, TradingGridEmulator.Sign("secret-1", body))).Accepted);
        Assert.False(receiver.Receive(Signed(body, forged)).Accepted);
        Assert.False(receiver.Receive(Signed(body, null)).Accepted);
        Assert.False(receiver.Receive(Signed(body, "sha256=zz-not-hex")).Accepted);
        var error = Assert.Throws<ConnectorAuthenticationException>(() => receiver.Receive(Signed(body, forged)).EnsureAccepted());
        Assert.Equal(AuthenticationFailureReason.InvalidCredentials, error.Reason);
    }

    [Fact]
    public void A_body_changed_after_signing_fails_verification()
    {
        var receiver = new TradingGridWebhookReceiver("secret-1");
        var body = Encoding.UTF8.GetBytes("""{"eventId":"EV1","eventType":"post.created"}""");
        var signature = TradingGridEmulator.Sign("secret-1", body);
        var reserialized = Encoding.UTF8.GetBytes("""{ "eventId": "EV1", "eventType": "post.created" }""");

        Assert.False(receiver.Receive(Signed(reserialized, signature)).Accepted);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"eventType":"post.created"}""")]
    [InlineData("""{"eventId":"EV1"}""")]
    [InlineData("""{"eventId":"","eventType":"post.created"}""")]
    [InlineData("""{"eventId":"EV1","eventType":42.5,"sequence":"x"}""")]
    [InlineData("null")]
    [InlineData("[]")]
    public void A_malformed_event_is_a_typed_serialization_error(string json)
    {
        var receiver = new TradingGridWebhookReceiver("secret-1");
        var body = Encoding.UTF8.GetBytes(json);

        var error = Assert.Throws<ConnectorSerializationException>(() => receiver.Receive(Signed(body, TradingGridEmulator.Sign("secret-1", body))).EnsureAccepted());

        Assert.Equal(TradingGridClient.SystemName, error.System);
    }

    [Fact]
    public void An_oversized_event_is_refused_before_parsing()
    {
        var receiver = new TradingGridWebhookReceiver(["secret-1"], 64);
        var body = Encoding.UTF8.GetBytes($$"""{"eventId":"EV1","eventType":"post.created","pad":"{{new string('x', 100)}}"}""");

        Assert.False(receiver.Receive(Signed(body, TradingGridEmulator.Sign("secret-1", body))).Accepted);
        Assert.Throws<ConnectorSerializationException>(() => receiver.Read(body));
    }

    [Fact]
    public void An_unknown_event_type_is_kept_not_rejected()
    {
        var receiver = new TradingGridWebhookReceiver("secret-1");

        var e = receiver.Read("""{"eventId":"EV9","eventType":"space.archived","occurredAt":"2026-11-24T08:00:00Z","data":{"spaceId":"SP1"}}"""u8);

        Assert.Equal("space.archived", e.EventType.Value);
        Assert.Equal("SP1", e.Data.SpaceId);
    }

    private static WebhookDelivery Signed(byte[] body, string? signature)
        => WebhookDelivery.Create(body, signature is null ? [] : [new(TradingGridWebhookReceiver.SignatureHeader, signature)]);
}
