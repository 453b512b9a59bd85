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

/// <summary>Lens search as the collection shows it: count/offset paging with the total, the 10,000 window, scrolling.</summary>
public sealed class TransactionSearchTests
{
    [Fact]
    public async Task Search_pages_by_count_and_offset_and_reports_the_total()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(seed: false);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < 45; i++)
        {
            env.State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(i, start.AddMinutes(i)));
        }

        var search = new TransactionSearch { Must = { new TransactionFieldClause("receiveraddress", "ZZ:DEMOSUPPLIER5") }, SortBy = new TransactionSort("arrivaltime") };
        var pages = await env.Client.Transactions.SearchAsync(search).AsPages(pageSizeHint: 20).ToListAsync();
        TransactionPage one = await env.Client.Transactions.SearchPageAsync(search, count: 5, offset: 40);

        Assert.Equal([20, 20, 5], pages.Select(p => p.Values.Count));
        Assert.All(pages, p => Assert.Equal(45, p.TotalCount));
        Assert.Equal(45, pages.SelectMany(p => p.Values).Select(t => t.TransactionId).Distinct().Count());
        Assert.Equal((5, 45L, 40L, "TX0000000040"), (one.Count, one.Total, one.Offset, one.Transactions[0].TransactionId));
    }

    [Fact]
    public async Task Scrolling_repeats_the_query_until_the_total_is_read()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(seed: false);
        env.Emulator.MaxPageSize = 100;
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < 2_500; i++)
        {
            env.State.AddTransaction(TradingGridSeed.RejectedPurchaseOrder(i, start.AddSeconds(i)));
        }

        var pages = await env.Client.Transactions.ScrollAsync(new TransactionSearch { Range = new TransactionRange("arrivaltime", start, null) }).AsPages().ToListAsync();

        Assert.Equal([1000, 1000, 500], pages.Select(p => p.Values.Count));
        Assert.Equal(2_500, pages.SelectMany(p => p.Values).Select(t => t.TransactionId).Distinct().Count());
        Assert.All(pages.Take(pages.Count - 1), p => Assert.NotNull(p.ContinuationToken));
        Assert.Null(pages[^1].ContinuationToken);
        var sent = env.State.RecordedRequests.Where(r => r.Path == "/visibility_transaction_search").Select(r => r.Body).ToList();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, b => Assert.Contains("scroll: true", b, StringComparison.Ordinal));
        Assert.All(sent, b => Assert.DoesNotContain("offset:", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offset_paging_stops_at_the_10000_window_with_an_error_that_names_scrolling()
    {
        var pages = 0;
        var client = new TradingGridClient(new HttpClient(new LensStub(total: 25_000)) { BaseAddress = new Uri("http://127.0.0.1:9/") }, new TradingGridClientOptions { CompanyId = "GC1" });

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(async () =>
        {
            await foreach (var _ in client.Transactions.SearchAsync(new TransactionSearch()).AsPages(pageSizeHint: 1000))
            {
                pages++;
            }
        });

        Assert.Equal(10, pages);
        Assert.Equal("OFFSET_WINDOW", error.ErrorCode);
        Assert.Contains("ScrollAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_box_queries_content_key_filters_and_exclusions_are_answered_by_the_emulator()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        var byPo = await env.Client.Transactions.SearchPageAsync(new TransactionSearch { ContentKeyFilters = { new ContentKeyFilter("purchase order number", "PO-1*") } }, 25, 0);
        var notDelivered = await env.Client.Transactions.SearchPageAsync(new TransactionSearch { Filters = { new TransactionFilter("status", [new TransactionFilterValue("Delivered", Not: true)]) } }, 25, 0);
        var box = await env.Client.Transactions.SearchPageAsync(new TransactionSearch { Query = "ZZ?DEMORETAILER AND (status:Failed OR status:Held)" }, 25, 0);

        Assert.NotEmpty(byPo.Value.Transactions);
        Assert.All(byPo.Value.Transactions, t => Assert.StartsWith("PO-1", t.GetContentKey("purchase order number"), StringComparison.Ordinal));
        Assert.All(notDelivered.Value.Transactions, t => Assert.NotEqual(TransactionStatus.Delivered, t.Status));
        Assert.NotEmpty(box.Value.Transactions);
        Assert.All(box.Value.Transactions, t => Assert.Contains(t.Status.Value, new[] { "Failed", "Held" }));
    }

    private sealed class LensStub(long total) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var offset = long.Parse(System.Text.RegularExpressions.Regex.Match(body, @"offset: (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var count = int.Parse(System.Text.RegularExpressions.Regex.Match(body, @"count: (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var items = string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"transactionid":"T{{offset + i}}","status":"Delivered"}"""));
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent(
                    $$"""{"data":{"getTransactions":{"count":{{count}},"total":{{total}},"offset":{{offset}},"transactions":[{{items}}""" + "]}}}",
                    System.Text.Encoding.UTF8,
                    "application/json"),
            };
        }
    }
}
