using Connectors.Emulators.Exstream;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class DeliveryEventTests : IAsyncLifetime
{
    private ExstreamTestContext _ctx = null!;

    public async Task InitializeAsync() => _ctx = await ExstreamTestContext.StartAsync();

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    [Fact]
    public async Task Polling_returns_completion_and_delivery_events_in_order_with_failure_reasons()
    {
        _ctx.Exstream.SetDeliveryOutcome("bounce@example.com", ExstreamDeliveryOutcome.Bounced);
        var bounced = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email("bounce@example.com", "case-1"))).Value;
        var delivered = (await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email("ok@example.com", "case-2"))).Value;
        await _ctx.ElapseAsync(TimeSpan.FromSeconds(10));

        var events = await _ctx.Client.DeliveryEvents.ListAsync().ToListAsync();

        Assert.Equal([1L, 2, 3, 4], events.Select(e => e.Sequence));
        var failure = Assert.Single(events, e => e.Type == ExstreamEventType.DeliveryFailed);
        Assert.Equal(bounced.JobId, failure.JobId);
        Assert.Equal("case-1", failure.CorrelationId);
        Assert.Equal("bounced", failure.Reason?.Code);
        Assert.Equal("bounce@example.com", failure.Recipient?.Email);
        Assert.True(failure.Type.IsDeliveryFailure);
        Assert.Equal(delivered.JobId, Assert.Single(events, e => e.Type == ExstreamEventType.Delivered).JobId);
        Assert.Equal(2, events.Count(e => e.Type == ExstreamEventType.JobCompleted));
    }

    [Fact]
    public async Task Polling_after_a_checkpoint_returns_only_newer_events()
    {
        await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email());
        await _ctx.ElapseAsync(TimeSpan.FromSeconds(10));
        var checkpoint = (await _ctx.Client.DeliveryEvents.ListAsync().ToListAsync()).Max(e => e.Sequence);

        Assert.Empty(await _ctx.Client.DeliveryEvents.ListAsync(afterSequence: checkpoint).ToListAsync());

        _ctx.Exstream.SetDeliveryOutcome("cust-9", ExstreamDeliveryOutcome.ReturnedMail);
        await _ctx.Client.Jobs.SubmitAsync(new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.SettlementLetter,
            Channel = CommunicationChannel.Print,
            Recipient = new Recipient { Id = "cust-9", Name = "Alan Turing", Address = new PostalAddress { Line1 = "1 Bletchley Park", City = "Milton Keynes", PostalCode = "MK3 6EB", Country = "GB" } },
        });
        await _ctx.ElapseAsync(TimeSpan.FromSeconds(10));

        var newer = await _ctx.Client.DeliveryEvents.ListAsync(afterSequence: checkpoint, type: ExstreamEventType.ReturnedMail).ToListAsync();
        Assert.Equal("returned_mail", Assert.Single(newer).Reason?.Code);
        Assert.True(newer[0].Sequence > checkpoint);
    }

    [Fact]
    public async Task The_share_of_failed_deliveries_is_configurable()
    {
        _ctx.Exstream.DeliveryFailureRate = 1.0;
        for (var i = 0; i < 4; i++)
        {
            await _ctx.Client.Jobs.SubmitAsync(ExstreamTestContext.Email($"r{i}@example.com"));
        }

        await _ctx.ElapseAsync(TimeSpan.FromSeconds(10));
        var deliveries = (await _ctx.Client.DeliveryEvents.ListAsync().ToListAsync()).Where(e => !e.Type.Value.StartsWith("job.", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, deliveries.Count);
        Assert.All(deliveries, e => Assert.True(e.Type.IsDeliveryFailure));
        Assert.All(deliveries, e => Assert.Contains(e.Reason?.Code, new[] { "bounced", "invalid_address" }));
    }

    [Fact]
    public async Task Archive_jobs_raise_no_delivery_event()
    {
        await _ctx.Client.Jobs.SubmitAsync(new CommunicationRequest
        {
            CommunicationId = ExstreamEmulator.RegulatoryNotice,
            Channel = CommunicationChannel.Archive,
            Recipient = new Recipient { Name = "Audit" },
        });
        await _ctx.ElapseAsync(TimeSpan.FromSeconds(30));

        var events = await _ctx.Client.DeliveryEvents.ListAsync().ToListAsync();

        Assert.Equal(ExstreamEventType.JobCompleted, Assert.Single(events).Type);
    }
}
