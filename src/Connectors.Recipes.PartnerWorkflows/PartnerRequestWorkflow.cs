using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Options of TG-WF-7: which request categories go to which team, and how clarifications travel.</summary>
public sealed class PartnerRequestWorkflowOptions : PartnerWorkflowOptions
{
    /// <summary>Creates the options; the clarification question may be shown to the partner.</summary>
    public PartnerRequestWorkflowOptions()
    {
        PartnerVisibleVariables.Add("clarificationQuestion");
        PartnerVisibleVariables.Add("requestType");
    }

    /// <inheritdoc />
    public override string ProcessDefinitionKey { get; set; } = "partner-request";

    /// <summary>The team (candidate group) per request category; threads of other categories are ignored.</summary>
    public IDictionary<string, string> TeamByCategory { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["PricingException"] = "pricing",
        ["ProductDataCorrection"] = "master-data",
        ["ServiceRequest"] = "customer-service",
    };

    /// <summary>The task that asks the partner for a clarification when it is created.</summary>
    public string ClarificationTaskKey { get; set; } = "clarify";

    /// <summary>
    /// What the clarification trigger polls besides the callback: OpenText's published task list (default; a new
    /// clarification task is all it needs) or the assumed event feed.
    /// </summary>
    public WorkflowTriggerSource ClarificationTrigger { get; set; } = WorkflowTriggerSource.PublishedTaskList;

    /// <summary>The question posted to the partner when the clarification task is created.</summary>
    public string ClarificationMessage { get; set; } = "We need a clarification on your {requestType} request: {clarificationQuestion}";

    internal override void Validate(string recipe)
    {
        base.Validate(recipe);
        RequireTemplates(recipe, nameof(TeamByCategory), TeamByCategory);
        Require(recipe, nameof(ClarificationTaskKey), ClarificationTaskKey);
        Require(recipe, nameof(ClarificationMessage), ClarificationMessage);
    }
}

/// <summary>
/// TG-WF-7: a partner request (pricing exception, product data correction, service request) becomes a workflow task
/// for the right team; clarification questions go to the partner's thread and the partner's replies come back as task comments.
/// </summary>
public static class PartnerRequestWorkflow
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "TG-WF-7";

    /// <summary>The scenario that posts clarification questions.</summary>
    public const string ClarificationId = "TG-WF-7.clarify";

    /// <summary>The scenario that brings the partner's replies back to the open task.</summary>
    public const string ReplyId = "TG-WF-7.reply";

    /// <summary>Adds TG-WF-7 and its two clarification flows. Idempotency key: request id (the request thread id).</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerRequestWorkflow(this ScenariosBuilder builder, Action<PartnerRequestWorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PartnerRequestWorkflowOptions();
        configure?.Invoke(options);
        options.Validate(Id);
        var triggers = PartnerTriggers.Community(Id, "thread.created", options.PollInterval);

        builder.AddScenario(Id, s => s
            .From(triggers[0], triggers[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.ThreadId is not null)
            .Enrich("read-request", async (e, step, ct) =>
                (await step.Services.GetRequiredService<TradingGridClient>().Threads.GetAsync(e.ThreadId!, ct).ConfigureAwait(false)).Value)
            .Where(t => t.Category is not null && options.TeamByCategory.ContainsKey(t.Category))
            .Map(t => new WorkflowStart
            {
                BusinessKey = t.ThreadId,
                PartnerCompanyId = t.PartnerCompanyId,
                SpaceId = t.SpaceId,
                ThreadId = t.ThreadId,
                ThreadTitle = t.Title,
                ThreadOpening = t.Title,
                Variables = new() { ["requestId"] = t.ThreadId, ["requestType"] = t.Category!, ["team"] = options.TeamByCategory[t.Category!], ["title"] = t.Title },
            })
            .Then("start-request", x => x.BusinessKey, (x, step, ct) => PartnerWorkflowSteps.StartAsync(options.ProcessDefinitionKey, x, step, ct), PartnerWorkflowsJsonContext.Default.StartedProcess));

        WorkflowFlowBack.AddPosting(
            builder,
            ClarificationId,
            options.PollInterval,
            c => c.ProcessDefinitionKey == options.ProcessDefinitionKey && c.EventType == "TASK_CREATED" && c.TaskDefinitionKey == options.ClarificationTaskKey,
            p => p.Get("clarificationQuestion") is { Length: > 0 } ? PartnerWorkflowSteps.Render(options.ClarificationMessage, p, options.PartnerVisibleVariables) : null,
            source: options.ClarificationTrigger);

        var replies = PartnerTriggers.Community(ReplyId, "post.created", options.PollInterval);
        return builder.AddScenario(ReplyId, s => s
            .From(replies[0], replies[1..])
            .Map(PartnerTriggers.ToPartnerEvent)
            .Where(e => e.ThreadId is not null && e.PostId is not null)
            .Enrich("read-reply", async (e, step, ct) =>
            {
                var tg = step.Services.GetRequiredService<TradingGridClient>();
                var workflow = step.Services.GetRequiredService<WorkflowServiceClient>();
                CommunityPost? post = null;
                await foreach (var p in tg.Posts.ListAsync(e.ThreadId!, cancellationToken: ct).ConfigureAwait(false))
                {
                    if (p.PostId == e.PostId)
                    {
                        post = p;
                    }
                }

                WorkflowTask? task = null;
                if (post is not null && post.Author?.CompanyId == e.PartnerCompanyId)
                {
                    await foreach (var t in workflow.Tasks.ListAsync(new TaskQuery { BusinessKey = e.ThreadId, ProcessDefinitionKey = options.ProcessDefinitionKey, TaskDefinitionKey = options.ClarificationTaskKey }, ct).ConfigureAwait(false))
                    {
                        task = t;
                        break;
                    }
                }

                return (Event: e, Post: post, Task: task);
            })
            .Where(x => x.Post is not null && x.Task is not null)
            .Then("add-task-comment", x => x.Event.PostId!, async (x, step, ct) =>
            {
                // Find-first: the comment names the post it copies, and a retry after a lost response adds nothing
                // when the task already has it (the published task comment takes no idempotency key).
                var workflow = step.Services.GetRequiredService<WorkflowServiceClient>();
                var marker = $"[post {x.Event.PostId}]";
                var existing = (await workflow.Tasks.GetCommentsAsync(x.Task!.Id, ct).ConfigureAwait(false)).Value;
                if (existing.Any(c => c.Message?.Contains(marker, StringComparison.Ordinal) == true))
                {
                    return;
                }

                await workflow.Tasks.AddCommentAsync(x.Task.Id, $"Partner reply: {x.Post!.Body}\n\n{marker}", ct).ConfigureAwait(false);
            }));
    }
}
