using Connectors.Core;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class TransactionTests(SeededEnvironmentFixture seeded) : IClassFixture<SeededEnvironmentFixture>
{
    [Fact]
    public async Task Get_returns_a_rejected_purchase_order_with_its_997_error_details()
    {
        var env = seeded.Environment;

        B2BTransaction transaction = await env.Client.Transactions.GetAsync("TX0000009002");

        Assert.Equal(EdiDocumentType.PurchaseOrder, transaction.DocumentType);
        Assert.Equal(TransactionStatus.Failed, transaction.Status);
        Assert.Equal("997-AK5-R-5", transaction.ErrorCode);
        Assert.Contains("AK5*R*5", transaction.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(AcknowledgementStatus.Rejected, transaction.AcknowledgementStatus);
        Assert.Equal("ZZ:DEMOSUPPLIER5", transaction.ReceiverAddress);
        Assert.Equal("PO-009002", transaction.GetContentKey("purchase order number"));
    }

    [Fact]
    public async Task Get_of_an_unknown_transaction_is_not_found()
    {
        var env = seeded.Environment;

        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => env.Client.Transactions.GetAsync("TX-NOPE"));

        Assert.Equal("TRANSACTION_NOT_FOUND", error.ErrorCode);
    }

    [Fact]
    public async Task Failed_and_held_transactions_since_a_time_are_listed_with_realistic_edi_errors()
    {
        var env = seeded.Environment;

        var failed = await env.Client.Transactions.ListFailedAsync(new FailedTransactionQuery(DateTimeOffset.UtcNow.AddDays(-1))).ToListAsync();

        Assert.Equal(["TX0000009002", "TX0000009003", "TX0000009004", "TX0000009006", "TX0000009005"], failed.Select(t => t.TransactionId));
        Assert.DoesNotContain(failed, t => t.Status == TransactionStatus.Delivered);
        var ta1 = failed.Single(t => t.ErrorCode == "TA1-R-022");
        Assert.Equal(EdiDocumentType.AdvanceShipNotice, ta1.DocumentType);
        Assert.Equal("Interchange", ta1.TransactionLevel);
        var held = failed.Single(t => t.Status == TransactionStatus.Held);
        Assert.Equal(EdiDocumentType.Invoice, held.DocumentType);
        Assert.Equal("MasterDataMismatch", held.ErrorType);
        Assert.Equal(AcknowledgementStatus.Overdue, failed.Single(t => t.ErrorCode == "ACK-OVERDUE").AcknowledgementStatus);
    }

    [Fact]
    public async Task Failed_transactions_are_listed_across_pages_each_once_in_status_order()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(seed: false);
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        for (var i = 0; i < 130; i++)
        {
            env.State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(i, start.AddSeconds(i)));
            env.State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(10_000 + i, start.AddSeconds(i)) with { Status = "Delivered", ErrorCode = null });
        }

        var pages = await env.Client.Transactions.ListFailedAsync(new FailedTransactionQuery(start)).AsPages(pageSizeHint: 25).ToListAsync();
        var all = pages.SelectMany(p => p.Values).ToList();

        Assert.Equal(6, pages.Count);
        Assert.All(pages, p => Assert.Equal(130, p.TotalCount));
        Assert.Equal(Enumerable.Range(0, 130).Select(i => $"TX{i:D10}"), all.Select(t => t.TransactionId));
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task Failed_listing_filters_by_partner_document_type_time_window_and_held()
    {
        var env = seeded.Environment;
        var since = DateTimeOffset.UtcNow.AddDays(-1);

        var northwind = await env.Client.Transactions.ListFailedAsync(new FailedTransactionQuery(since) { PartnerAddress = "ZZ:NWLOGISTICS" }).ToListAsync();
        var invoices = await env.Client.Transactions.ListFailedAsync(new FailedTransactionQuery(since) { DocumentTypes = [EdiDocumentType.Invoice] }).ToListAsync();
        var failedOnly = await env.Client.Transactions.ListFailedAsync(new FailedTransactionQuery(since) { IncludeHeld = false }).ToListAsync();
        var future = await env.Client.Transactions.ListFailedAsync(new FailedTransactionQuery(DateTimeOffset.UtcNow.AddDays(1))).ToListAsync();

        Assert.Equal("TX0000009003", Assert.Single(northwind).TransactionId);
        Assert.Equal("TX0000009004", Assert.Single(invoices).TransactionId);
        Assert.DoesNotContain(failedOnly, t => t.Status == TransactionStatus.Held);
        Assert.Equal(4, failedOnly.Count);
        Assert.Empty(future);
    }

    [Fact]
    public async Task A_graphql_error_from_lens_becomes_a_typed_validation_error()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.Emulator.MaxPageSize = 10; // Lens then accepts at most 100 per page

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(async () =>
            await env.Client.Transactions.ListFailedAsync(new FailedTransactionQuery(DateTimeOffset.UtcNow.AddDays(-1))).AsPages(pageSizeHint: 500).FirstAsync());

        Assert.Equal("BAD_USER_INPUT", error.ErrorCode);
        Assert.Contains("count", error.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_supplied_text_is_escaped_in_the_graphql_query()
    {
        var env = seeded.Environment;

        var error = await Record.ExceptionAsync(() => env.Client.Transactions.GetAsync("TX\" } }) { injected }"));

        Assert.IsType<ConnectorNotFoundException>(error);
    }
}
