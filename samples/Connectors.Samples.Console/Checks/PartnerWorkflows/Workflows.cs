using Connectors.Emulators.WorkflowService;
using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Catalog;

namespace Connectors.Samples.Checks.PartnerWorkflows;

/// <summary>The partner-workflow recipes' poll twins, and Workflow Service shortcuts for their checks.</summary>
internal static class Workflows
{
    /// <summary>The poll twin of a recipe's Trading Grid trigger.</summary>
    public static string GridPoller(string scenario, string eventType) => $"{scenario}/tradinggrid-{eventType}";

    /// <summary>The poll twin of a recipe's Workflow Service trigger.</summary>
    public static string WorkflowPoller(string scenario) => $"{scenario}/workflow-events";

    /// <summary>The poll twin that reads OpenText's published task list (TG-WF-7's clarification trigger).</summary>
    public static string TaskListPoller(string scenario) => $"{scenario}/workflow-tasks";

    public static WorkflowEngine Engine(this CatalogContext context) => context.Systems!.WorkflowService.Engine;

    public static IReadOnlyList<ProcessInstanceEntry> Processes(this CatalogContext context, string key, string businessKey)
        => [.. context.Engine().Instances.Where(i => i.Definition.Key == key && i.BusinessKey == businessKey)];

    public static string? Variable(this ProcessInstanceEntry instance, string name)
        => instance.Variables.TryGetValue(name, out var v) ? v.AsText() : null;

    /// <summary>Completes the open task <paramref name="taskKey"/> of a business key through the client, as a person in the team would.</summary>
    public static async Task CompleteAsync(this CatalogContext context, string businessKey, string taskKey, CancellationToken cancellationToken, params WorkflowVariable[] variables)
    {
        var client = context.Get<WorkflowServiceClient>();
        await foreach (var task in client.Tasks.ListAsync(new TaskQuery { BusinessKey = businessKey, TaskDefinitionKey = taskKey }, cancellationToken).ConfigureAwait(false))
        {
            await client.Tasks.CompleteAsync(task.Id, variables, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        throw new InvalidOperationException($"No open task '{taskKey}' for '{businessKey}'.");
    }
}
