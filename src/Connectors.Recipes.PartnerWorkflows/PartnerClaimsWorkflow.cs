using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Options of TG-WF-6: which threads are claims, how the claim type is read, and what each stage tells the partner.</summary>
public sealed class PartnerClaimsWorkflowOptions : PartnerWorkflowOptions
{
    /// <summary>Creates the options; the claim id and type may be shown to the partner.</summary>
    public PartnerClaimsWorkflowOptions()
    {
        PartnerVisibleVariables.Add("claimId");
        PartnerVisibleVariables.Add("claimType");
    }

    /// <inheritdoc />
    public override string ProcessDefinitionKey { get; set; } = "claims-process";

    /// <summary>Thread categories that are claims.</summary>
    public ISet<string> Categories { get; } = new HashSet<string>(["Claim"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Claim type by keyword in the thread title (first match wins); <see cref="DefaultClaimType"/> otherwise.</summary>
    public IList<KeyValuePair<string, string>> ClaimTypeByKeyword { get; } =
    [
        new("shortage", "shortage"),
        new("damage", "damage"),
        new("chargeback", "chargeback"),
        new("invoice", "invoice-dispute"),
    ];

    /// <summary>The claim type when no keyword matches.</summary>
    public string DefaultClaimType { get; set; } = "other";

    /// <summary>Partner message when a stage (task key) completes.</summary>
    public IDictionary<string, string> MessageByStage { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["intake"] = "Claim {claimId} ({claimType}) has been received and logged.",
        ["validation"] = "Claim {claimId} has been validated.",
        ["investigation"] = "The investigation of claim {claimId} is complete.",
        ["approval"] = "Claim {claimId} has been decided.",
        ["settlement"] = "Claim {claimId} has been settled.",
    };

    /// <summary>Partner message when the claims process ends.</summary>
    public string ClosedMessage { get; set; } = "Claim {claimId} is closed.";

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        if (Categories.Count == 0)
        {
            throw Invalid(recipe, "Categories needs at least one thread category.");
        }

        Require(recipe, nameof(DefaultClaimType), DefaultClaimType);
        RequireTemplates(recipe, nameof(MessageByStage), MessageByStage);
        Require(recipe, nameof(ClosedMessage), ClosedMessage);
    }

    internal string ClaimType(string title)
        => ClaimTypeByKeyword.FirstOrDefault(k => title.Contains(k.Key, StringComparison.OrdinalIgnoreCase)).Value ?? DefaultClaimType;
}

/// <summary>
/// TG-WF-6: a claim thread (shortage, damage, chargeback, invoice dispute) with its evidence starts the claims process
/// (intake → validation → investigation → approval → settlement); each stage is reflected in the thread.
/// </summary>
public static class PartnerClaimsWorkflow
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-6";

    /// <summary>The flow-back scenario name.</summary>
    public const string FlowBackId = "TG-WF-6.back";

    /// <summary>Adds TG-WF-6 and its flow back. Idempotency key: claim id (the claim thread id).</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerClaimsWorkflow(this ScenariosBuilder builder, Action<PartnerClaimsWorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PartnerClaimsWorkflowOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        var triggers = PartnerTriggers.Community(Id, "thread.created", options.PollInterval);

        builder.AddScenario(Id, s => s
            .From(triggers[0], triggers[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.ThreadId is not null)
            .Enrich("read-claim", async (e, step, ct) =>
            {
                var client = step.Services.GetRequiredService<TradingGridClient>();
                var thread = (await client.Threads.GetAsync(e.ThreadId!, ct).ConfigureAwait(false)).Value;
                var evidence = new List<string>();
                if (thread.Category is not null && options.Categories.Contains(thread.Category))
                {
                    await foreach (var document in client.Documents.ListAsync(thread.SpaceId, new DocumentQuery { ThreadId = thread.ThreadId }, ct).ConfigureAwait(false))
                    {
                        evidence.Add(document.DocumentId);
                    }
                }

                return (Thread: thread, Evidence: evidence);
            })
            .Where(x => x.Thread.Category is not null && options.Categories.Contains(x.Thread.Category))
            .Map(x => new WorkflowStart
            {
                BusinessKey = x.Thread.ThreadId,
                PartnerCompanyId = x.Thread.PartnerCompanyId,
                SpaceId = x.Thread.SpaceId,
                ThreadId = x.Thread.ThreadId,
                ThreadTitle = x.Thread.Title,
                ThreadOpening = x.Thread.Title,
                Variables = new()
                {
                    ["claimId"] = x.Thread.ThreadId,
                    ["claimType"] = options.ClaimType(x.Thread.Title),
                    ["title"] = x.Thread.Title,
                    ["evidenceDocumentIds"] = string.Join(',', x.Evidence),
                },
            })
            .Then("start-claim", x => x.BusinessKey, (x, step, ct) => PartnerWorkflowSteps.StartAsync(options.ProcessDefinitionKey, x, step, ct), PartnerWorkflowsJsonContext.Default.StartedProcess));

        return WorkflowFlowBack.AddPosting(
            builder,
            FlowBackId,
            options.PollInterval,
            c => c.ProcessDefinitionKey == options.ProcessDefinitionKey
                && ((c.EventType == "TASK_COMPLETED" && c.TaskDefinitionKey is not null && options.MessageByStage.ContainsKey(c.TaskDefinitionKey)) || c.EventType == "PROCESS_COMPLETED"),
            p => PartnerWorkflowSteps.Render(
                p.Change.EventType == "PROCESS_COMPLETED" ? options.ClosedMessage : options.MessageByStage[p.Change.TaskDefinitionKey!],
                p,
                options.PartnerVisibleVariables));
    }
}
