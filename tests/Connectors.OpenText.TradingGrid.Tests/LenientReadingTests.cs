using Connectors.Emulators.Hosting;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

/// <summary>Undocumented nulls and values the service adds later do not break reads.</summary>
public sealed class LenientReadingTests
{
    [Fact]
    public async Task Null_lists_read_as_empty_and_a_bare_array_is_a_directory_answer_too()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.Faults.Add(
            Fault.Status(200, """[{"partnerCompanyId":"GC1","partnerCompanyName":"Null Lists Inc","tradingAddresses":null,"status":null,"relationshipSince":"2019"}]"""),
            pathContains: "/partnerDirectory");

        TradingPartner partner = await env.Client.Partners.GetAsync("GC1");

        Assert.Empty(partner.TradingAddresses);
        Assert.Null(partner.Status);
        Assert.Equal("2019", partner.AdditionalData!["relationshipSince"].GetString());
    }

    [Fact]
    public async Task A_users_yes_no_flags_read_as_booleans_and_a_null_item_in_a_list_is_a_typed_error()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.Faults.Add(
            Fault.Status(200, """[{"userId":"U1","loginId":"hmunster","isConsentClause":"No","isDayLightSavingsTimeObserved":"Yes","isRequiredOpenTextMarketingMaterials":false},null]"""),
            pathContains: "/users");
        env.Emulator.Faults.Add(
            Fault.Status(200, """[{"userId":"U1","loginId":"hmunster","isConsentClause":"No","isDayLightSavingsTimeObserved":"Yes","isRequiredOpenTextMarketingMaterials":false}]"""),
            pathContains: "/users");

        await Assert.ThrowsAsync<Connectors.Core.ConnectorSerializationException>(async () => await env.Client.Users.ListAsync().ToListAsync());
        var user = Assert.Single(await env.Client.Users.ListAsync().ToListAsync());

        Assert.Equal((false, true, false), (user.ConsentClause, user.DaylightSavingTimeObserved, user.OpenTextMarketingMaterials));
        Assert.Null(user.AdditionalData);
    }

    [Fact]
    public async Task Unknown_statuses_and_types_are_kept()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(5, DateTimeOffset.UtcNow) with
        {
            Status = "Quarantined",
            EdiType = "DESADV",
            ReceiveAckStatus = "Superseded",
        });

        B2BTransaction transaction = await env.Client.Transactions.GetAsync("TX0000000005");

        Assert.Equal("Quarantined", transaction.Status.Value);
        Assert.Equal(EdiDocumentType.Create("DESADV"), transaction.DocumentType);
        Assert.Equal("Superseded", transaction.AcknowledgementStatus?.Value);
    }

    [Fact]
    public void An_event_with_null_data_reads_with_empty_data()
    {
        var e = new TradingGridWebhookReceiver("s").Read("""{"eventId":"EV1","eventType":"post.created","data":null}"""u8);

        Assert.NotNull(e.Data);
        Assert.Null(e.Data.ThreadId);
    }
}
