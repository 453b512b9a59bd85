using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>
/// The flow back shared by the recipes: a Workflow Service change of one of their processes becomes a
/// partner-visible post in the thread the process was started for. Key: process id + state.
/// </summary>
internal static class WorkflowFlowBack
{
    public static ScenariosBuilder AddPosting(
        ScenariosBuilder builder,
        string scenario,
        TimeSpan interval,
        Func<WorkflowChange, bool> when,
        Func<WorkflowProgress, string?> message,
        Func<WorkflowChange, bool>? resolvesThread = null,
        WorkflowTriggerSource source = WorkflowTriggerSource.AssumedEventFeed)
    {
        var triggers = PartnerTriggers.WorkflowChanges(scenario, interval, source);
        return builder.AddScenario(scenario, s => s
            .From(triggers[0], triggers[1..])
            .Where(e => e.ProcessInstanceId is not null)
            .Map(PartnerTriggers.ToWorkflowChange)
            .Where(when)
            .Enrich("read-process", PartnerWorkflowSteps.ReadProgressAsync)
            .Where(p => p.Get(PartnerWorkflowSteps.ThreadVariable) is { Length: > 0 } && !string.IsNullOrWhiteSpace(message(p)))
            .Then("post-status", p => $"{p.Change.ProcessInstanceId}/{p.Change.State}", async (p, step, ct) =>
            {
                var threadId = p.Get(PartnerWorkflowSteps.ThreadVariable)!;
                await PartnerWorkflowSteps.PostAsync(step, threadId, message(p)!, ct).ConfigureAwait(false);
                if (resolvesThread?.Invoke(p.Change) == true)
                {
                    var client = step.Services.GetRequiredService<TradingGridClient>();
                    await client.Threads.ResolveAsync(threadId, message(p), ct).ConfigureAwait(false);
                }
            }));
    }
}
