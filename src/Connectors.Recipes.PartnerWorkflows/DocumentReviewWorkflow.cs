using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Options of TG-WF-2: which shared documents are reviewed and what the partner is told.</summary>
public sealed class DocumentReviewWorkflowOptions : PartnerWorkflowOptions
{
    /// <summary>Creates the options; the file name and the partner comment may be shown to the partner.</summary>
    public DocumentReviewWorkflowOptions()
    {
        PartnerVisibleVariables.Add("fileName");
        PartnerVisibleVariables.Add("partnerComment");
    }

    /// <inheritdoc />
    public override string ProcessDefinitionKey { get; set; } = "document-review";

    /// <summary>Document types that go to review (certificates have their own recipe, TG-WF-5).</summary>
    public ISet<string> DocumentTypes { get; } = new HashSet<string>(["Invoice", "PackingList", "ProofOfDelivery", "PurchaseOrder", "Other"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The review task whose completion is reported back.</summary>
    public string ReviewTaskKey { get; set; } = "review";

    /// <summary>The process variable holding the reviewer's decision.</summary>
    public string DecisionVariable { get; set; } = "decision";

    /// <summary>Partner message per decision value; <c>{fileName}</c> and <c>{partnerComment}</c> are filled in.</summary>
    public IDictionary<string, string> MessageByDecision { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["approved"] = "Your document {fileName} has been reviewed and approved. {partnerComment}",
        ["changes-requested"] = "Your document {fileName} needs changes: {partnerComment}",
    };

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        if (DocumentTypes.Count == 0)
        {
            throw Invalid(recipe, "DocumentTypes needs at least one document type.");
        }

        Require(recipe, nameof(ReviewTaskKey), ReviewTaskKey);
        Require(recipe, nameof(DecisionVariable), DecisionVariable);
        RequireTemplates(recipe, nameof(MessageByDecision), MessageByDecision);
    }
}

/// <summary>TG-WF-2: a document shared in the community starts a review; the decision and comments are posted back.</summary>
public static class DocumentReviewWorkflow
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-2";

    /// <summary>The flow-back scenario name.</summary>
    public const string FlowBackId = "TG-WF-2.back";

    /// <summary>Adds TG-WF-2 and its flow back. Idempotency key: document id.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddDocumentReviewWorkflow(this ScenariosBuilder builder, Action<DocumentReviewWorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DocumentReviewWorkflowOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        var triggers = PartnerTriggers.Community(Id, "document.shared", options.PollInterval);

        builder.AddScenario(Id, s => s
            .From(triggers[0], triggers[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.DocumentId is not null)
            .Enrich("read-document", PartnerWorkflowSteps.ReadSharedDocumentAsync)
            .Where(x => options.DocumentTypes.Contains(x.Document.DocumentType.Value))
            .Map(x => new WorkflowStart
            {
                BusinessKey = x.Document.DocumentId,
                PartnerCompanyId = x.Partner,
                SpaceId = x.Document.SpaceId,
                ThreadId = x.Document.ThreadId,
                ThreadTitle = $"Review of {x.Document.FileName}",
                ThreadOpening = $"We received {x.Document.FileName} and started its review.",
                Variables = new() { ["documentId"] = x.Document.DocumentId, ["fileName"] = x.Document.FileName, ["documentType"] = x.Document.DocumentType.Value },
            })
            .Then("open-thread", x => x.BusinessKey, PartnerWorkflowSteps.EnsureThreadAsync, PartnerWorkflowsJsonContext.Default.WorkflowStart)
            .Then("start-review", x => x.BusinessKey, (x, step, ct) => PartnerWorkflowSteps.StartAsync(options.ProcessDefinitionKey, x, step, ct), PartnerWorkflowsJsonContext.Default.StartedProcess));

        return WorkflowFlowBack.AddPosting(
            builder,
            FlowBackId,
            options.PollInterval,
            c => c.ProcessDefinitionKey == options.ProcessDefinitionKey && c.EventType == "TASK_COMPLETED" && c.TaskDefinitionKey == options.ReviewTaskKey,
            p => p.Get(options.DecisionVariable) is { } decision && options.MessageByDecision.TryGetValue(decision, out var template)
                ? PartnerWorkflowSteps.Render(template, p, options.PartnerVisibleVariables).Trim()
                : null);
    }
}
