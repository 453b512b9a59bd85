using System.Net;
using System.Text;
using Connectors.Emulators.Exstream;
using Connectors.OpenText.Exstream;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.AspNetCore.Tests;

public sealed class ExstreamEndpointTests : IAsyncLifetime
{
    private const string Bounced = "nobody@bounce.example";
    private readonly HostFixture _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Emulator_delivery_failure_event_is_stored_before_the_callback_is_acknowledged()
    {
        var job = await SubmitToBouncingRecipientAsync();

        await ElapseAsync();

        var answer = await _host.NextAnswerAsync("exstream");
        Assert.Equal((200, 1), (answer.Status, answer.StoredWhenAnswered));
        var attempt = Assert.Single(_host.Systems.Exstream.CallbackAttempts);
        Assert.Equal(200, attempt.StatusCode);
        var stored = Assert.Single(_host.Inbox.Stored);
        Assert.Equal(attempt.EventId, stored.Id);
        Assert.Equal(ExstreamWebhookReceiver.EventSource, stored.Source);
        Assert.Equal(ExstreamEventType.DeliveryFailed.Value, stored.Type);
        Assert.Equal(job.JobId, stored.Subject);
        Assert.Equal("case-9", stored.CorrelationId);
    }

    [Fact]
    public async Task Inbox_failure_is_503_and_the_emulator_redelivers_until_the_event_is_stored()
    {
        _host.Systems.Exstream.MaxCallbackAttempts = 100; // the clock's timer may pump more than once while the store is down
        await SubmitToBouncingRecipientAsync();
        _host.Inbox.Fail = true;

        await ElapseAsync();
        _host.Inbox.Fail = false;
        await _host.Systems.Exstream.PumpAsync();

        var statuses = _host.Systems.Exstream.CallbackAttempts.Select(a => a.StatusCode ?? 0).ToArray();
        Assert.Equal(503, statuses[0]);
        Assert.Equal(200, statuses[^1]);
        Assert.All(statuses[..^1], s => Assert.Equal(503, s));
        Assert.Single(_host.Inbox.Stored);
    }

    [Fact]
    public async Task Wrong_signature_is_401_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody);

        using var response = await PostAsync(body, ExstreamEmulator.Sign("a-different-secret-of-16+", body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Oversized_body_is_413_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody.Replace("\"channel\":\"email\"", "\"channel\":\"" + new string('x', HostFixture.MaxBodyBytes) + "\"", StringComparison.Ordinal));

        using var response = await PostAsync(body, ExstreamEmulator.Sign(HostFixture.ExstreamSecret, body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Signed_but_malformed_body_is_400_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes("{\"eventId\": ");

        using var response = await PostAsync(body, ExstreamEmulator.Sign(HostFixture.ExstreamSecret, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Correctly_signed_event_is_200()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody);

        using var response = await PostAsync(body, ExstreamEmulator.Sign(HostFixture.ExstreamSecret, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("evt-claims-000001", Assert.Single(_host.Inbox.Stored).Id);
    }

    private static readonly string ValidBody =
        "{\"eventId\":\"evt-claims-000001\",\"sequence\":1,\"type\":\"delivery.failed\",\"occurredAt\":\"" + DateTimeOffset.UtcNow.ToString("O") + "\",\"domain\":\"claims\",\"jobId\":\"job-1\",\"channel\":\"email\"}";

    private async Task<CommunicationJob> SubmitToBouncingRecipientAsync()
    {
        var client = _host.App.Services.GetRequiredService<ExstreamClient>();
        await client.Callbacks.RegisterAsync(new CallbackRegistration
        {
            Url = _host.Endpoint("exstream"),
            Secret = HostFixture.ExstreamSecret,
            EventTypes = [ExstreamEventType.DeliveryFailed],
        });
        _host.Systems.Exstream.SetDeliveryOutcome(Bounced, ExstreamDeliveryOutcome.Bounced);
        return (await client.Jobs.SubmitAsync(new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.ApprovalLetter,
            Channel = CommunicationChannel.Email,
            Recipient = new Recipient { Id = "cust-9", Name = "Nobody", Email = Bounced },
            CorrelationId = "case-9",
        })).Value;
    }

    // Moves the fake clock past queueing, rendering and delivery, then posts the due callbacks.
    private async Task ElapseAsync()
    {
        _host.Time.Advance(TimeSpan.FromSeconds(10));
        await _host.Systems.Exstream.PumpAsync();
    }

    private Task<HttpResponseMessage> PostAsync(byte[] body, string signature)
        => _host.PostAsync("exstream", body, ExstreamWebhookReceiver.SignatureHeader, signature);
}
