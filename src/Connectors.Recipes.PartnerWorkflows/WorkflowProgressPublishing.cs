using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Options of TG-WF-8: which processes publish their progress and the text per state.</summary>
public sealed class WorkflowProgressPublishingOptions : PartnerWorkflowOptions
{
    /// <summary>Not used by TG-WF-8 (it starts nothing); see <see cref="ProcessDefinitionKeys"/>.</summary>
    public override string ProcessDefinitionKey { get; set; } = "partner-exception";

    /// <summary>The processes whose progress is published (those the other recipes do not report themselves).</summary>
    public ISet<string> ProcessDefinitionKeys { get; } = new HashSet<string>(["partner-exception", "partner-request"], StringComparer.Ordinal);

    /// <summary>Partner message per event type; <c>{taskName}</c> is the task's name. Event types not listed are not published.</summary>
    public IDictionary<string, string> MessageByEventType { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TASK_CREATED"] = "Your request is now at: {taskName}.",
        ["TASK_COMPLETED"] = "Completed: {taskName}.",
        ["PROCESS_COMPLETED"] = "Your request has been completed.",
    };

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        if (ProcessDefinitionKeys.Count == 0)
        {
            throw Invalid(recipe, "ProcessDefinitionKeys needs at least one process.");
        }

        RequireTemplates(recipe, nameof(MessageByEventType), MessageByEventType);
    }
}

/// <summary>TG-WF-8: a process or task state change is published as a status post in the partner's space.</summary>
public static class WorkflowProgressPublishing
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-8";

    /// <summary>Adds TG-WF-8. Idempotency key: process id + state.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddWorkflowProgressPublishing(this ScenariosBuilder builder, Action<WorkflowProgressPublishingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new WorkflowProgressPublishingOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        return WorkflowFlowBack.AddPosting(
            builder,
            Id,
            options.PollInterval,
            c => c.ProcessDefinitionKey is not null && options.ProcessDefinitionKeys.Contains(c.ProcessDefinitionKey) && options.MessageByEventType.ContainsKey(c.EventType),
            p => PartnerWorkflowSteps.Render(options.MessageByEventType[p.Change.EventType], p, options.PartnerVisibleVariables));
    }
}
