using System.Net;
using System.Text;
using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.TradingGrid;

namespace Connectors.AspNetCore.Tests;

public sealed class TradingGridEndpointTests : IAsyncLifetime
{
    private readonly HostFixture _host = new();

    private TradingGridState State => _host.Systems.TradingGrid.State;

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Emulator_transaction_event_is_stored_before_the_callback_is_acknowledged()
    {
        State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(77, _host.Time.GetUtcNow()));

        var answer = await _host.NextAnswerAsync("tradinggrid");

        Assert.Equal((200, 1), (answer.Status, answer.StoredWhenAnswered));
        var stored = Assert.Single(_host.Inbox.Stored);
        var raised = State.Events[^1]; // the seed raised earlier events, before the webhook existed
        Assert.Equal(raised.EventId, stored.Id);
        Assert.Equal(TradingGridWebhookReceiver.EventSource, stored.Source);
        Assert.Equal(TradingGridEventType.TransactionFailed.Value, stored.Type);
    }

    [Fact]
    public async Task Emulator_community_event_is_stored_with_its_thread_as_subject()
    {
        var space = State.Spaces.First(s => s.PartnerCompanyId == TradingGridSeed.VeronaVittles);

        var thread = State.PartnerOpensThread(space.SpaceId, "Dispute", "Where is the credit note?");
        var first = await _host.NextAnswerAsync("tradinggrid");
        var second = await _host.NextAnswerAsync("tradinggrid");

        Assert.Equal([200, 200], new[] { first.Status, second.Status });
        Assert.Equal([1, 2], new[] { first.StoredWhenAnswered, second.StoredWhenAnswered });
        Assert.Equal(
            [TradingGridEventType.PostCreated.Value, TradingGridEventType.ThreadCreated.Value],
            _host.Inbox.Stored.Select(e => e.Type).Order(StringComparer.Ordinal));
        Assert.All(_host.Inbox.Stored, e => Assert.Equal(thread.ThreadId, e.Subject));
    }

    [Fact]
    public async Task Wrong_signature_is_401_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody);

        using var response = await PostAsync(body, TradingGridEmulator.Sign("not-the-issued-secret", body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Oversized_body_is_413_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody.Replace("\"data\":{}", "\"data\":{\"note\":\"" + new string('x', HostFixture.MaxBodyBytes) + "\"}", StringComparison.Ordinal));

        using var response = await PostAsync(body, TradingGridEmulator.Sign(_host.TradingGridSecret, body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task Signed_event_without_id_or_type_is_400_and_nothing_is_stored()
    {
        var body = Encoding.UTF8.GetBytes("{\"sequence\":1,\"data\":{}}");

        using var response = await PostAsync(body, TradingGridEmulator.Sign(_host.TradingGridSecret, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _host.Inbox.Submissions);
    }

    [Fact]
    public async Task A_redelivery_is_200_and_stored_once()
    {
        var body = Encoding.UTF8.GetBytes(ValidBody);
        var signature = TradingGridEmulator.Sign(_host.TradingGridSecret, body);

        using var first = await PostAsync(body, signature);
        using var again = await PostAsync(body, signature);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Contains("duplicates 1", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("EV-1", Assert.Single(_host.Inbox.Stored).Id);
    }

    private static readonly string ValidBody =
        "{\"eventId\":\"EV-1\",\"sequence\":1,\"eventType\":\"post.created\",\"occurredAt\":\"" + DateTimeOffset.UtcNow.ToString("O") + "\",\"companyId\":\"GC1\",\"partnerCompanyId\":\"GC2\",\"data\":{}}";

    private Task<HttpResponseMessage> PostAsync(byte[] body, string signature)
        => _host.PostAsync("tradinggrid", body, TradingGridWebhookReceiver.SignatureHeader, signature);
}
