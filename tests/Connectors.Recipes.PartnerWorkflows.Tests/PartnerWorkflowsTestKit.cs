using Connectors.Emulators.TradingGrid;
using Connectors.Emulators.WorkflowService;
using Connectors.OpenText.WorkflowService;
using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows.Tests;

/// <summary>Starts a recipe host with the extra process definitions the section's rows use, and reads results back.</summary>
internal static class PartnerWorkflowsTestKit
{
    public const string Verona = TradingGridSeed.VeronaVittles;

    public static async Task<RecipeTestHost> StartAsync(Action<ScenariosBuilder> recipes)
    {
        var host = await RecipeTestHost.StartAsync(recipes);
        var engine = host.Systems.WorkflowService.Engine;
        engine.Deploy(new ProcessModel("partner-exception", "Partner exception", "handle",
        [
            new UserTaskNode("handle", "Handle the exception", ["partner-desk"], "approve"),
            new UserTaskNode("approve", "Approve the resolution", ["partner-approvers"], "done"),
            new EndNode("done"),
        ]));
        engine.Deploy(new ProcessModel("order-discrepancy", "Order discrepancy", "resolve",
        [
            new UserTaskNode("resolve", "Resolve the discrepancy", ["order-exceptions"], "done"),
            new EndNode("done"),
        ]));
        engine.Deploy(new ProcessModel("certificate-validation", "Certificate validation", "review",
        [
            new UserTaskNode("review", "Review the certificate", ["compliance"], "done"),
            new EndNode("done"),
        ]));
        engine.Deploy(new ProcessModel("partner-request", "Partner request", "triage",
        [
            new UserTaskNode("triage", "Triage the request", ["partner-desk"], "clarify"),
            new UserTaskNode("clarify", "Clarify with the partner", ["partner-desk"], "handle"),
            new UserTaskNode("handle", "Handle the request", ["partner-desk"], "done"),
            new EndNode("done"),
        ]));
        return host;
    }

    public static TradingGridState Grid(this RecipeTestHost host) => host.Systems.TradingGrid.State;

    public static string SpaceOf(this RecipeTestHost host, string partner) => host.Grid().Spaces.First(s => s.PartnerCompanyId == partner).SpaceId;

    public static IReadOnlyList<ProcessInstanceEntry> Processes(this RecipeTestHost host, string key, string businessKey)
        => host.Systems.WorkflowService.Engine.Instances.Where(i => i.Definition.Key == key && i.BusinessKey == businessKey).ToArray();

    public static IReadOnlyList<TgPost> PartnerPosts(this RecipeTestHost host, string threadId)
        => host.Grid().Posts.Where(p => p.ThreadId == threadId && p.Visibility == "Partner").ToArray();

    public static string? Variable(this ProcessInstanceEntry instance, string name)
        => instance.Variables.TryGetValue(name, out var v) ? v.AsText() : null;

    /// <summary>Completes the open task of <paramref name="taskKey"/> for a business key through the client.</summary>
    public static async Task CompleteAsync(this RecipeTestHost host, string businessKey, string taskKey, params WorkflowVariable[] variables)
    {
        var client = host.Get<WorkflowServiceClient>();
        await foreach (var task in client.Tasks.ListAsync(new TaskQuery { BusinessKey = businessKey, TaskDefinitionKey = taskKey }))
        {
            await client.Tasks.CompleteAsync(task.Id, variables);
            return;
        }

        throw new InvalidOperationException($"No open task '{taskKey}' for '{businessKey}'.");
    }
}
