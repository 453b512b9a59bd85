using Connectors.Core.Webhooks;
using System.Collections.Concurrent;
using System.Text;
using Connectors.Core;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class CallbackTests : IAsyncLifetime
{
    private const string Secret = "whsec-0123456789abcdef";
    private readonly ConcurrentQueue<(byte[] Body, string? Signature, string? EventId)> _received = new();
    private ExstreamTestContext _ctx = null!;
    private EmulatorHost _receiver = null!;
    private int _failuresToReturn;

    public async Task InitializeAsync()
    {
        _ctx = await ExstreamTestContext.StartAsync();
        _receiver = await EmulatorHost.StartAsync("hooks", app => app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            if (Interlocked.Decrement(ref _failuresToReturn) >= 0)
            {
                return Results.StatusCode(500);
            }

            _received.Enqueue((buffer.ToArray(), request.Headers[ExstreamWebhookReceiver.SignatureHeader], request.Headers[ExstreamWebhookReceiver.EventIdHeader]));
            return Results.Ok();
        }));
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _ctx.DisposeAsync();
    }

    private Task<Connectors.Core.Response<CallbackSubscription>> RegisterAsync(params ExstreamEventType[] types)
        => _ctx.Client.Callbacks.RegisterAsync(new CallbackRegistration { Url = new Uri(_receiver.BaseAddress, "hooks"), Secret = Secret, EventTypes = types });

    [Fact]
    public async Task A_delivery_failure_arrives_signed_and_the_receiver_authenticates_and_parses_it()
    {
        await RegisterAsync(ExstreamEventType.InvalidAddress, ExstreamEventType.DeliveryFailed);
        _ctx.Exstream.SetDeliveryOutcome("nobody@invalid.example", ExstreamDeliveryOutcome.InvalidAddress);
        var job = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email("nobody@invalid.example", "case-77"))).Value;

        await _ctx.ElapseAsync(TimeSpan.FromSeconds(10));

        var (body, signature, eventId) = Assert.Single(_received);
        var evt = new ExstreamWebhookReceiver(Secret).Receive(Signed(body, signature)).EnsureAccepted();
        Assert.Equal(ExstreamEventType.InvalidAddress, evt.Type);
        Assert.True(evt.Type.IsDeliveryFailure);
        Assert.Equal(job.JobId, evt.JobId);
        Assert.Equal("case-77", evt.CorrelationId);
        Assert.Equal("invalid_address", evt.Reason?.Code);
        Assert.Equal("nobody@invalid.example", evt.Recipient?.Email);
        Assert.Equal(evt.EventId, eventId);
    }

    [Fact]
    public async Task A_receiver_that_answers_500_gets_the_event_again()
    {
        await RegisterAsync(ExstreamEventType.JobCompleted);
        _failuresToReturn = 1;
        await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email());

        await _ctx.ElapseAsync(TimeSpan.FromSeconds(4));
        await _ctx.Exstream.PumpAsync();

        var (body, signature, _) = Assert.Single(_received);
        Assert.Equal(ExstreamEventType.JobCompleted, new ExstreamWebhookReceiver(Secret).Receive(Signed(body, signature)).EnsureAccepted().Type);
        Assert.Equal([500, 200], _ctx.Exstream.CallbackAttempts.Select(a => a.StatusCode ?? 0));
    }

    [Fact]
    public async Task Callbacks_can_be_listed_and_removed()
    {
        var subscription = (await RegisterAsync()).Value;

        var listed = Assert.Single(await _ctx.Client.Callbacks.ListAsync().ToListAsync());
        var deleted = await _ctx.Client.Callbacks.DeleteAsync(subscription.Id);

        Assert.Equal(subscription.Id, listed.Id);
        Assert.Equal(new Uri(_receiver.BaseAddress, "hooks"), listed.Url);
        Assert.Equal(204, deleted.Status);
        Assert.Empty(await _ctx.Client.Callbacks.ListAsync().ToListAsync());
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => _ctx.Client.Callbacks.DeleteAsync(subscription.Id));
    }

    [Fact]
    public async Task A_short_secret_is_rejected_by_the_service()
    {
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => _ctx.Client.Callbacks.RegisterAsync(
            new CallbackRegistration { Url = new Uri("https://example.com/hook"), Secret = "short" }));

        Assert.Contains(error.FieldErrors, f => f.Field == "secret");
    }

    private static WebhookDelivery Signed(byte[] body, string? signature)
        => WebhookDelivery.Create(body, signature is null ? [] : [new(ExstreamWebhookReceiver.SignatureHeader, signature)]);
}
