using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>One classification rule of TG-WF-4: an error-code prefix (and optionally an EDI document type) names an exception type.</summary>
/// <param name="ErrorCodePrefix">The transaction error code starts with this (case-insensitive).</param>
/// <param name="ExceptionType">The exception type, for example <c>missing-asn</c>.</param>
/// <param name="EdiDocumentType">Only transactions of this EDI type (for example <c>856</c>); any when <see langword="null"/>.</param>
public sealed record DiscrepancyRule(string ErrorCodePrefix, string ExceptionType, string? EdiDocumentType = null);

/// <summary>Options of TG-WF-4: how a failed transaction is classified and which team handles each type.</summary>
public sealed class OrderDiscrepancyWorkflowOptions : PartnerWorkflowOptions
{
    /// <summary>Creates the options; the exception type and the resolution may be shown to the partner.</summary>
    public OrderDiscrepancyWorkflowOptions()
    {
        PartnerVisibleVariables.Add("exceptionType");
        PartnerVisibleVariables.Add("transactionId");
        PartnerVisibleVariables.Add("resolution");
    }

    /// <inheritdoc />
    public override string ProcessDefinitionKey { get; set; } = "order-discrepancy";

    /// <summary>Classification rules, first match wins. A transaction no rule matches is left alone.</summary>
    public IList<DiscrepancyRule> Rules { get; } =
    [
        new("ASN-", "missing-asn"),
        new("MD-PRICE", "pricing-conflict"),
        new("DLV-", "delivery-exception"),
    ];

    /// <summary>The team (candidate group) per exception type.</summary>
    public IDictionary<string, string> TeamByType { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["missing-asn"] = "logistics",
        ["pricing-conflict"] = "pricing",
        ["delivery-exception"] = "transport",
    };

    /// <summary>Posted in the partner thread when the process completes; <c>{resolution}</c> comes from the process.</summary>
    public string ResolvedMessage { get; set; } = "The {exceptionType} on transaction {transactionId} is resolved: {resolution}";

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        if (Rules.Count == 0 || Rules.Any(r => string.IsNullOrWhiteSpace(r.ErrorCodePrefix) || string.IsNullOrWhiteSpace(r.ExceptionType)))
        {
            throw Invalid(recipe, "Rules needs at least one rule with an error-code prefix and an exception type.");
        }

        var unrouted = Rules.Select(r => r.ExceptionType).FirstOrDefault(t => !TeamByType.ContainsKey(t));
        if (unrouted is not null)
        {
            throw Invalid(recipe, $"TeamByType has no team for exception type '{unrouted}'.");
        }

        Require(recipe, nameof(ResolvedMessage), ResolvedMessage);
    }

    internal string? Classify(B2BTransaction transaction)
        => Rules.FirstOrDefault(r =>
            transaction.ErrorCode?.StartsWith(r.ErrorCodePrefix, StringComparison.OrdinalIgnoreCase) == true
            && (r.EdiDocumentType is null || r.EdiDocumentType == transaction.DocumentType?.Value))?.ExceptionType;
}

/// <summary>TG-WF-4: a failed or held transaction is classified, routed to a team's workflow, and the resolution is posted to the partner.</summary>
public static class OrderDiscrepancyWorkflow
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-4";

    /// <summary>The flow-back scenario name.</summary>
    public const string FlowBackId = "TG-WF-4.back";

    /// <summary>Adds TG-WF-4 and its flow back. Idempotency key: transaction id + exception type.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderDiscrepancyWorkflow(this ScenariosBuilder builder, Action<OrderDiscrepancyWorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new OrderDiscrepancyWorkflowOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        var triggers = PartnerTriggers.Community(Id, "transaction.failed", options.PollInterval);

        builder.AddScenario(Id, s => s
            .From(triggers[0], triggers[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.TransactionId is not null && e.PartnerCompanyId is not null)
            .Enrich("read-transaction", async (e, step, ct) =>
            {
                var client = step.Services.GetRequiredService<TradingGridClient>();
                var transaction = (await client.Transactions.GetAsync(e.TransactionId!, ct).ConfigureAwait(false)).Value;
                CommunitySpace? space = null;
                await foreach (var s in client.Spaces.ListAsync(e.PartnerCompanyId, ct).ConfigureAwait(false))
                {
                    space = s;
                    break;
                }

                return (Event: e, Transaction: transaction, Space: space, Type: options.Classify(transaction));
            })
            .Where(x => x.Type is not null && x.Space is not null)
            .Map(x => new WorkflowStart
            {
                BusinessKey = $"{x.Transaction.TransactionId}/{x.Type}",
                PartnerCompanyId = x.Event.PartnerCompanyId!,
                SpaceId = x.Space!.SpaceId,
                ThreadTitle = $"Transaction {x.Transaction.TransactionId}: {x.Type}",
                ThreadOpening = $"We found a {x.Type} on transaction {x.Transaction.TransactionId} and are working on it.",
                Variables = new()
                {
                    ["transactionId"] = x.Transaction.TransactionId,
                    ["exceptionType"] = x.Type!,
                    ["team"] = options.TeamByType[x.Type!],
                    ["errorCode"] = x.Transaction.ErrorCode ?? string.Empty,
                    ["ediType"] = x.Transaction.DocumentType?.Value ?? string.Empty,
                },
            })
            .Then("open-thread", x => x.BusinessKey, PartnerWorkflowSteps.EnsureThreadAsync, PartnerWorkflowsJsonContext.Default.WorkflowStart)
            .Then("start-process", x => x.BusinessKey, (x, step, ct) => PartnerWorkflowSteps.StartAsync(options.ProcessDefinitionKey, x, step, ct), PartnerWorkflowsJsonContext.Default.StartedProcess));

        return WorkflowFlowBack.AddPosting(
            builder,
            FlowBackId,
            options.PollInterval,
            c => c.ProcessDefinitionKey == options.ProcessDefinitionKey && c.EventType == "PROCESS_COMPLETED",
            p => PartnerWorkflowSteps.Render(options.ResolvedMessage, p, options.PartnerVisibleVariables),
            c => true);
    }
}
