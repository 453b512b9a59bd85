using Connectors.Core.Webhooks;
using System.Text;
using Connectors.Core;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class EventTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private const string Secret = "whsec-test-0123456789";

    private WorkflowServiceClient Client => host.Client;

    [Fact]
    public async Task Callbacks_are_signed_and_read_by_the_receiver()
    {
        var url = new Uri($"https://receiver.example/hooks/{Guid.NewGuid():N}");
        EventSubscription subscription = await Client.Events.SubscribeAsync(url, Secret, [WorkflowEventType.TaskCreated, WorkflowEventType.TaskCompleted]);
        var businessKey = WorkflowTestHost.NewKey("claim");

        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = businessKey });
        await Client.Tasks.CompleteAsync((await Client.OpenTaskAsync(instance.Id)).Id);

        var received = host.Callbacks.Received.Where(c => c.Url == url).ToList();
        var events = received.Select(c => new WorkflowServiceWebhookReceiver("old-secret", Secret).Receive(Signed(c.Body, c.Headers[WorkflowServiceWebhookReceiver.SignatureHeader])).EnsureAccepted()).ToList();
        Assert.Equal(
            new[] { WorkflowEventType.TaskCreated, WorkflowEventType.TaskCompleted, WorkflowEventType.TaskCreated },
            events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal(businessKey, e.BusinessKey));
        Assert.Equal(["intake", "intake", "validation"], events.Select(e => e.TaskDefinitionKey!).ToArray());
        Assert.Equal(events.Select(e => e.Id), received.Select(c => c.Headers[WorkflowServiceWebhookReceiver.EventIdHeader]));
        Assert.Equal(subscription.Id, Assert.Single((await Client.Events.ListSubscriptionsAsync()).Value, s => s.Id == subscription.Id).Id);

        await Client.Events.UnsubscribeAsync(subscription.Id);
        await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey);
        Assert.Equal(received.Count, host.Callbacks.Received.Count(c => c.Url == url));
    }

    [Fact]
    public void A_tampered_or_unsigned_callback_is_refused()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"e1","sequence":1,"type":"TASK_CREATED"}""");
        var signature = WorkflowServiceWebhookReceiver.ComputeSignature(body, Secret);
        var tampered = Encoding.UTF8.GetBytes("""{"id":"e1","sequence":1,"type":"TASK_COMPLETED"}""");

        Assert.Equal("e1", new WorkflowServiceWebhookReceiver(Secret).Receive(Signed(body, signature)).EnsureAccepted().Id);
        Assert.Throws<ConnectorAuthenticationException>(() => new WorkflowServiceWebhookReceiver(Secret).Receive(Signed(tampered, signature)).EnsureAccepted());
        Assert.Throws<ConnectorAuthenticationException>(() => new WorkflowServiceWebhookReceiver(Secret).Receive(Signed(body, null)).EnsureAccepted());
        Assert.Throws<ConnectorAuthenticationException>(() => new WorkflowServiceWebhookReceiver(Secret).Receive(Signed(body, "sha256=zz")).EnsureAccepted());
        Assert.Throws<ConnectorAuthenticationException>(() => new WorkflowServiceWebhookReceiver("another-secret").Receive(Signed(body, signature)).EnsureAccepted());
    }

    [Fact]
    public void A_signed_but_malformed_callback_is_a_serialization_error()
    {
        var body = Encoding.UTF8.GetBytes("{\"sequence\":\"not a number\"");

        Assert.Throws<ConnectorSerializationException>(() => new WorkflowServiceWebhookReceiver(Secret).Receive(Signed(body, WorkflowServiceWebhookReceiver.ComputeSignature(body, Secret))).EnsureAccepted());
    }

    [Fact]
    public async Task The_poll_resumes_from_its_checkpoint_without_gaps_or_repeats()
    {
        WorkflowEventBatch start = await Client.Events.GetEventsAsync(0, 500);
        var checkpoint = start.LastSequence;
        while (start.HasMore)
        {
            start = await Client.Events.GetEventsAsync(checkpoint, 500);
            checkpoint = start.LastSequence;
        }

        var businessKey = WorkflowTestHost.NewKey("claim");
        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.PartnerOnboardingKey, new StartProcessOptions { BusinessKey = businessKey });
        await Client.ProcessInstances.SuspendAsync(instance.Id);
        await Client.ProcessInstances.ActivateAsync(instance.Id);
        await Client.Tasks.ClaimAsync((await Client.OpenTaskAsync(instance.Id)).Id, "carol");
        await Client.ProcessInstances.DeleteAsync(instance.Id, "duplicate submission");

        var seen = new List<WorkflowEvent>();
        WorkflowEventBatch batch;
        do
        {
            batch = await Client.Events.GetEventsAsync(checkpoint, count: 2);
            seen.AddRange(batch.Data);
            checkpoint = batch.LastSequence;
        }
        while (batch.HasMore);
        var again = await Client.Events.GetEventsAsync(checkpoint);

        var mine = seen.Where(e => e.ProcessInstanceId == instance.Id).Select(e => e.Type).ToArray();
        Assert.Equal(
            new[]
            {
                WorkflowEventType.ProcessStarted, WorkflowEventType.TaskCreated, WorkflowEventType.ProcessSuspended,
                WorkflowEventType.ProcessActivated, WorkflowEventType.TaskAssigned, WorkflowEventType.ProcessCancelled,
            },
            mine);
        Assert.Equal(seen.Select(e => e.Sequence).Order(), seen.Select(e => e.Sequence));
        Assert.Equal(seen.Count, seen.Select(e => e.Id).Distinct().Count());
        Assert.Empty(again.Value.Data);
        Assert.Equal(checkpoint, again.Value.LastSequence);
    }

    [Fact]
    public async Task A_relative_callback_url_is_refused_before_sending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Events.SubscribeAsync(new Uri("/hooks", UriKind.Relative), Secret));
    }

    private static WebhookDelivery Signed(byte[] body, string? signature)
        => WebhookDelivery.Create(body, signature is null ? [] : [new(WorkflowServiceWebhookReceiver.SignatureHeader, signature)]);
}
