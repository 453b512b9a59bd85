using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Options of TG-WF-1: which partner threads become a workflow, who owns it, when it is due, who approves.</summary>
public sealed class PartnerExceptionWorkflowOptions : PartnerWorkflowOptions
{
    /// <inheritdoc />
    public override string ProcessDefinitionKey { get; set; } = "partner-exception";

    /// <summary>Thread categories routed to the workflow (case-insensitive). Dispute and Exception by default.</summary>
    public ISet<string> Categories { get; } = new HashSet<string>(["Dispute", "Exception"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The owning team per category; <see cref="DefaultOwner"/> when a category is not listed.</summary>
    public IDictionary<string, string> OwnerByCategory { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Dispute"] = "partner-disputes",
        ["Exception"] = "partner-exceptions",
    };

    /// <summary>The owner when the category has none of its own.</summary>
    public string DefaultOwner { get; set; } = "partner-desk";

    /// <summary>Time from the partner's post to the due date. Three days by default.</summary>
    public TimeSpan DueIn { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The group whose approval the process asks for; <see langword="null"/> for no approval step.</summary>
    public string? ApprovalGroup { get; set; } = "partner-approvers";

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        if (Categories.Count == 0)
        {
            throw Invalid(recipe, "Categories needs at least one thread category.");
        }

        Require(recipe, nameof(DefaultOwner), DefaultOwner);
        if (DueIn <= TimeSpan.Zero)
        {
            throw Invalid(recipe, "DueIn must be positive.");
        }
    }
}

/// <summary>TG-WF-1: a partner dispute or exception thread starts a workflow with owner, due date and approvals.</summary>
public static class PartnerExceptionWorkflow
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-1";

    /// <summary>Adds TG-WF-1. Idempotency key: partner + thread id.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerExceptionWorkflow(this ScenariosBuilder builder, Action<PartnerExceptionWorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PartnerExceptionWorkflowOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        var triggers = PartnerTriggers.Community(Id, "thread.created", options.PollInterval);

        return builder.AddScenario(Id, s => s
            .From(triggers[0], triggers[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.ThreadId is not null)
            .Enrich("read-thread", async (e, step, ct) =>
            {
                var thread = await step.Services.GetRequiredService<TradingGridClient>().Threads.GetAsync(e.ThreadId!, ct).ConfigureAwait(false);
                return (Event: e, Thread: thread.Value);
            })
            .Where(x => x.Thread.Category is not null && options.Categories.Contains(x.Thread.Category))
            .Then("start-process", x => $"{x.Thread.PartnerCompanyId}/{x.Thread.ThreadId}", (x, step, ct) =>
            {
                var owner = options.OwnerByCategory.TryGetValue(x.Thread.Category!, out var o) ? o : options.DefaultOwner;
                List<WorkflowVariable> variables =
                [
                    WorkflowVariable.FromString(PartnerWorkflowSteps.PartnerVariable, x.Thread.PartnerCompanyId),
                    WorkflowVariable.FromString(PartnerWorkflowSteps.SpaceVariable, x.Thread.SpaceId),
                    WorkflowVariable.FromString(PartnerWorkflowSteps.ThreadVariable, x.Thread.ThreadId),
                    WorkflowVariable.FromString("title", x.Thread.Title),
                    WorkflowVariable.FromString("category", x.Thread.Category),
                    WorkflowVariable.FromString("owner", owner),
                    WorkflowVariable.FromDate("dueDate", x.Event.OccurredAt + options.DueIn),
                    WorkflowVariable.FromBoolean("approvalRequired", options.ApprovalGroup is not null),
                ];
                if (options.ApprovalGroup is not null)
                {
                    variables.Add(WorkflowVariable.FromString("approvalGroup", options.ApprovalGroup));
                }

                return PartnerWorkflowSteps.StartOnceAsync(step, options.ProcessDefinitionKey, $"{x.Thread.PartnerCompanyId}/{x.Thread.ThreadId}", variables, ct);
            }, PartnerWorkflowsJsonContext.Default.StartedProcess));
    }
}
