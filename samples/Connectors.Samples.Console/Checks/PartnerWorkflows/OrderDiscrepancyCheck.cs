using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerWorkflows;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>TG-WF-4: a held invoice with a price mismatch is classified, routed to pricing, and its resolution posted in the thread.</summary>
public sealed class OrderDiscrepancyCheck : RecipeCheck
{
    private const string TransactionId = "TX0000019004";
    private const string BusinessKey = TransactionId + "/pricing-conflict";

    /// <inheritdoc />
    public override string Id => OrderDiscrepancyWorkflow.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var poller = Workflows.GridPoller(Id, "transaction.failed");
        var flowBack = Workflows.WorkflowPoller(OrderDiscrepancyWorkflow.FlowBackId);
        var now = DateTimeOffset.UtcNow;
        context.Grid().AddTransaction(new TgTransaction
        {
            TransactionId = TransactionId, CorrelationId = Guid.NewGuid().ToString(), SenderName = "Verona Vittles", SenderAddress = "ZZ:DEMOSUPPLIER5",
            ReceiverName = "Demo Retailer", ReceiverAddress = TradingGridSeed.CompanyAddress, EdiType = "810", Status = "Held", StatusDate = now, ArrivalTime = now,
            ErrorCode = "MD-PRICE-MISMATCH", ErrorType = "MasterDataMismatch", DeliveryStatus = "Held",
            ExternalErrorMessage = "Invoice held: IT1 unit price 12.50 differs from PO-104250 line 1 price 12.40.",
            ContentKeys = [new TgContentKey("invoice number", "INV-55090"), new TgContentKey("purchase order number", "PO-104250")],
        });
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        var process = context.Processes("order-discrepancy", BusinessKey).SingleOrDefault();
        if (process?.Variable("threadId") is not { } threadId)
        {
            return CheckResult.Failed($"held invoice {TransactionId}: no order-discrepancy process with a thread");
        }

        await context.CompleteAsync(BusinessKey, "resolve", cancellationToken, WorkflowVariable.FromString("resolution", "price corrected to 12.40 per case")).ConfigureAwait(false);
        await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(flowBack, cancellationToken).ConfigureAwait(false);

        var resolved = context.PartnerVisiblePosts(threadId).Count(p => p.Body.Contains("price corrected to 12.40 per case", StringComparison.Ordinal));
        var status = context.Grid().Threads.Single(t => t.ThreadId == threadId).Status;
        var processes = context.Processes("order-discrepancy", BusinessKey).Count;
        if (resolved != 1 || status != "Resolved" || processes != 1)
        {
            return CheckResult.Failed($"{TransactionId} resolved: {resolved} resolution post(s), thread {status}, {processes} process(es)");
        }

        return CheckResult.Ok($"held invoice {TransactionId} (price mismatch) → pricing-conflict routed to {process.Variable("team")} (process {process.Id}); resolution posted, thread {threadId} Resolved; re-polls changed nothing");
    }
}
