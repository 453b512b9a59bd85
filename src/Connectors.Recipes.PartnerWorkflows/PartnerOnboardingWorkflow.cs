using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Options of TG-WF-3: the onboarding process and how each of its steps maps to an onboarding status.</summary>
public sealed class PartnerOnboardingWorkflowOptions : PartnerWorkflowOptions
{
    /// <inheritdoc />
    public override string ProcessDefinitionKey { get; set; } = "partner-onboarding";

    /// <summary>Onboarding status published when a task completes (task key → status) and its partner-visible comment.</summary>
    public IDictionary<string, (string Status, string Comment)> StatusByTask { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["complianceCheck"] = ("InReview", "Compliance check completed."),
        ["accountSetup"] = ("InReview", "Your trading account has been set up."),
        ["masterDataValidation"] = ("InReview", "Your master data has been validated."),
        ["approval"] = ("Approved", "Your onboarding has been approved."),
    };

    /// <summary>Status and comment published when the process ends.</summary>
    public (string Status, string Comment) Completed { get; set; } = ("Completed", "Onboarding complete. Welcome aboard.");

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        if (StatusByTask.Count == 0 || StatusByTask.Any(t => string.IsNullOrWhiteSpace(t.Value.Status) || string.IsNullOrWhiteSpace(t.Value.Comment)))
        {
            throw Invalid(recipe, "StatusByTask needs at least one task with a status and a comment.");
        }

        Require(recipe, "Completed.Status", Completed.Status);
    }
}

/// <summary>TG-WF-3: an onboarding submission starts the onboarding process; each step's status is published back on the submission.</summary>
public static class PartnerOnboardingWorkflow
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-3";

    /// <summary>The flow-back scenario name.</summary>
    public const string FlowBackId = "TG-WF-3.back";

    /// <summary>Adds TG-WF-3 and its flow back. Idempotency key: partner id (the submission id until the partner has a BUID).</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerOnboardingWorkflow(this ScenariosBuilder builder, Action<PartnerOnboardingWorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PartnerOnboardingWorkflowOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        var triggers = PartnerTriggers.Community(Id, "onboarding.submitted", options.PollInterval);

        builder.AddScenario(Id, s => s
            .From(triggers[0], triggers[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.SubmissionId is not null)
            .Enrich("read-submission", async (e, step, ct) =>
                (await step.Services.GetRequiredService<TradingGridClient>().Onboarding.GetAsync(e.SubmissionId!, ct).ConfigureAwait(false)).Value)
            .Then("start-onboarding", o => o.PartnerCompanyId ?? o.SubmissionId, (o, step, ct) => PartnerWorkflowSteps.StartOnceAsync(
                step,
                options.ProcessDefinitionKey,
                o.PartnerCompanyId ?? o.SubmissionId,
                [
                    OpenText.WorkflowService.WorkflowVariable.FromString("submissionId", o.SubmissionId),
                    OpenText.WorkflowService.WorkflowVariable.FromString("companyName", o.PartnerCompanyName),
                    OpenText.WorkflowService.WorkflowVariable.FromString("contactEmail", o.Contact?.Email),
                    OpenText.WorkflowService.WorkflowVariable.FromString("tradingAddresses", string.Join(',', o.TradingAddresses)),
                    OpenText.WorkflowService.WorkflowVariable.FromString("documentTypes", string.Join(',', o.DocumentTypes)),
                ],
                ct), PartnerWorkflowsJsonContext.Default.StartedProcess));

        var flowBack = PartnerTriggers.WorkflowChanges(FlowBackId, options.PollInterval);
        return builder.AddScenario(FlowBackId, s => s
            .From(flowBack[0], flowBack[1..])
            .Where(e => e.ProcessInstanceId is not null)
            .Map(PartnerTriggers.ToWorkflowChange)
            .Where(c => c.ProcessDefinitionKey == options.ProcessDefinitionKey
                && ((c.EventType == "TASK_COMPLETED" && c.TaskDefinitionKey is not null && options.StatusByTask.ContainsKey(c.TaskDefinitionKey))
                    || c.EventType == "PROCESS_COMPLETED"))
            .Enrich("read-process", PartnerWorkflowSteps.ReadProgressAsync)
            .Where(p => p.Get("submissionId") is { Length: > 0 })
            .Then("publish-status", p => $"{p.Change.ProcessInstanceId}/{p.Change.State}", async (p, step, ct) =>
            {
                var (status, comment) = p.Change.EventType == "PROCESS_COMPLETED" ? options.Completed : options.StatusByTask[p.Change.TaskDefinitionKey!];
                var client = step.Services.GetRequiredService<TradingGridClient>();
                await client.Onboarding.SetStatusAsync(p.Get("submissionId")!, OnboardingStatus.Create(status), comment, ct).ConfigureAwait(false);
            }));
    }
}
