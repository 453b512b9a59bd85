using System.Net;
using System.Text;
using Connectors.Emulators.WorkflowService;
using Connectors.OpenText.WorkflowService;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.AspNetCore.Tests;

public sealed class WorkflowServiceEndpointTests : IAsyncLifetime
{
    private readonly HostFixture _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Emulator_callback_is_stored_before_it_is_acknowledged()
    {
        var client = _host.App.Services.GetRequiredService<WorkflowServiceClient>();
        await client.Events.SubscribeAsync(_host.Endpoint("workflowservice"), HostFixture.WorkflowServiceSecret, [WorkflowEventType.ProcessStarted]);

        // The emulator posts callbacks before the call that raised them returns.
        ProcessInstance instance = await client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = "claim-501" });

        var answer = await _host.NextAnswerAsync("workflowservice");
        Assert.Equal((200, 1), (answer.Status, answer.StoredWhenAnswered));
        var delivery = Assert.Single(_host.Systems.WorkflowService.CallbackDeliveries);
        Assert.Equal(200, delivery.StatusCode);
        var stored = Assert.Single(_host.Inbox.Stored);
        Assert.Equal(delivery.EventId, stored.Id);
        Assert.Equal(WorkflowServiceWebhookReceiver.EventSource, stored.Source);
        Assert.Equal(WorkflowEventType.ProcessStarted.Value, stored.Type);
        Assert.Equal(instance.Id, stored.Subject);
    }

    [Fact]
    public async Task Wrong_signature_is_401_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody);

        using var response = await PostAsync(body, WorkflowServiceEmulator.Sign("another-workflow-secret", body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Oversized_body_is_413_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody.Replace("\"businessKey\":\"claim-1\"", "\"businessKey\":\"" + new string('x', HostFixture.MaxBodyBytes) + "\"", StringComparison.Ordinal));

        using var response = await PostAsync(body, WorkflowServiceEmulator.Sign(HostFixture.WorkflowServiceSecret, body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Body_over_the_receivers_own_limit_is_413_even_under_the_endpoint_limit()
    {
        var host = new HostFixture(maxBodyBytes: 1024 * 1024);
        await host.InitializeAsync();
        try
        {
            var size = WorkflowServiceWebhookReceiver.DefaultMaxBodyBytes + 1024;
            var body = Encoding.UTF8.GetBytes(ValidBody.Replace("\"businessKey\":\"claim-1\"", "\"businessKey\":\"" + new string('x', size) + "\"", StringComparison.Ordinal));

            using var response = await host.PostAsync("workflowservice", body, WorkflowServiceWebhookReceiver.SignatureHeader, WorkflowServiceEmulator.Sign(HostFixture.WorkflowServiceSecret, body));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal(0, host.Inbox.Submissions);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Signed_but_malformed_body_is_400_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes("{\"sequence\":\"not a number\"");

        using var response = await PostAsync(body, WorkflowServiceEmulator.Sign(HostFixture.WorkflowServiceSecret, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Correctly_signed_callback_is_200()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody);

        using var response = await PostAsync(body, WorkflowServiceEmulator.Sign(HostFixture.WorkflowServiceSecret, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("e-1", Assert.Single(_host.Inbox.Stored).Id);
    }

    private static readonly string ValidBody =
        "{\"id\":\"e-1\",\"sequence\":1,\"type\":\"PROCESS_STARTED\",\"time\":\"" + DateTimeOffset.UtcNow.ToString("O") + "\",\"processInstanceId\":\"pi-1\",\"businessKey\":\"claim-1\"}";

    private Task<HttpResponseMessage> PostAsync(byte[] body, string signature)
        => _host.PostAsync("workflowservice", body, WorkflowServiceWebhookReceiver.SignatureHeader, signature);
}
