using System.Runtime.CompilerServices;
using System.Text;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Recipes.Shared;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Business choices of TG-CC-6 (support escalation of an unresolved thread).</summary>
public sealed class ThreadEscalationToCaseOptions
{
    /// <summary>The case type. Required.</summary>
    public string CaseDefinitionId { get; set; } = string.Empty;

    /// <summary>A thread whose posts all come from the partner for longer than this is escalated.</summary>
    public TimeSpan ResponseSla { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Deadline of the case and its first task, from the escalation.</summary>
    public TimeSpan ResolutionDeadline { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Who owns escalations.</summary>
    public CaseIdentity? Owner { get; set; }

    /// <summary>Name of the first action on the case.</summary>
    public string FirstAction { get; set; } = "Answer the partner in the community";

    /// <summary>Partner-visible note in the thread; <c>{case}</c> is replaced. The conversation continues there.</summary>
    public string AcknowledgementTemplate { get; set; } = "Your question has been escalated to our support team (reference {case}). We will answer here.";

    /// <summary>The SLA sweep's interval.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    internal void Validate()
    {
        Require.NotEmpty(CaseDefinitionId, ThreadEscalationToCase.Id, nameof(CaseDefinitionId));
        Require.Positive(ResponseSla, ThreadEscalationToCase.Id, nameof(ResponseSla));
        Require.Positive(ResolutionDeadline, ThreadEscalationToCase.Id, nameof(ResolutionDeadline));
        Require.NotEmpty(FirstAction, ThreadEscalationToCase.Id, nameof(FirstAction));
        Require.NotEmpty(AcknowledgementTemplate, ThreadEscalationToCase.Id, nameof(AcknowledgementTemplate));
        Require.Positive(PollInterval, ThreadEscalationToCase.Id, nameof(PollInterval));
    }
}

/// <summary>
/// TG-CC-6: a thread unanswered past the SLA (the poll sweep) or explicitly escalated by a host (<see cref="HostEventType"/>)
/// opens a case with owner, first action and deadline; the partner is told in the thread, where the conversation continues.
/// </summary>
public static class ThreadEscalationToCase
{
    /// <summary>The scenario name (catalog ID).</summary>
    public const string Id = "TG-CC-6";

    /// <summary>The SLA sweep's poller name.</summary>
    public const string Poller = "TG-CC-6.poll";

    /// <summary>The event type a host submits (source <c>host</c>, payload <see cref="ThreadEscalation"/>).</summary>
    public const string HostEventType = "tradinggrid.thread-escalation";

    /// <summary>Adds TG-CC-6.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="ThreadEscalationToCaseOptions.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddThreadEscalationToCase(this ScenariosBuilder builder, Action<ThreadEscalationToCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ThreadEscalationToCaseOptions();
        configure(options);
        options.Validate();
        var json = PartnerCasesJsonContext.Default;

        return builder.AddScenario(Id, s => s
            .From(
                Trigger.Webhook(PartnerCaseLinks.HostSource, HostEventType, json.ThreadEscalation),
                Trigger.Poll(Poller, PartnerCaseLinks.TradingGridSource, "tradinggrid.thread-overdue", json.ThreadEscalation,
                    (services, _, ct) => FindOverdueAsync(services, options, ct), x => x.ThreadId, x => DateTimeOffset.UnixEpoch, options.PollInterval))
            .Enrich("read-conversation", async (x, step, ct) => new Escalation(x,
                await PartnerDisputeToCase.ReadConversationAsync(step.Services, new PartnerEvent(step.Envelope.Id, step.Envelope.Type, DateTimeOffset.UnixEpoch, ThreadId: x.ThreadId), ct).ConfigureAwait(false)))
            .Where(e => e.Conversation.Thread.Status != ThreadStatus.Resolved)
            .Then("open-case", e => e.Request.ThreadId, async (e, step, ct) =>
            {
                var thread = e.Conversation.Thread;
                var due = Now(step.Services) + options.ResolutionDeadline;
                var transcript = new StringBuilder().AppendLine(e.Request.Reason);
                foreach (var post in e.Conversation.Posts)
                {
                    transcript.Append(post.Author?.CompanyId).Append(": ").AppendLine(post.Body);
                }

                var create = new CreateCaseOptions
                {
                    CaseDefinitionId = options.CaseDefinitionId,
                    Title = $"Escalation: {thread.Title}",
                    Summary = transcript.ToString(),
                    Priority = CasePriority.High,
                    DueDate = due,
                    Assignee = options.Owner,
                };
                create.ExternalReferences.Add(new ExternalReference(PartnerCaseLinks.PartnerSystem(thread.PartnerCompanyId), $"escalation:{thread.ThreadId}"));
                PartnerCaseLinks.Link(create, thread.PartnerCompanyId, thread.SpaceId, thread.ThreadId, step.CorrelationId);
                if (e.Request.RequestedBy is { } by)
                {
                    create.Attributes["escalatedBy"] = by;
                }

                var coreCase = step.Services.GetRequiredService<CoreCaseClient>();
                var found = (await coreCase.Cases.FindOrCreateAsync(create, ct).ConfigureAwait(false)).Value;
                await CaseTasks.EnsureAsync(coreCase, found.Case.Ref, [new NewCaseTask { Name = options.FirstAction, Assignee = options.Owner, DueDate = due }], ct).ConfigureAwait(false);

                return new CaseReference(found.Case.Ref, found.Case.CaseNumber, thread.PartnerCompanyId, thread.SpaceId, thread.ThreadId);
            }, json.CaseReference)
            .Then("tell-partner", r => r.ThreadId!, async (r, step, ct) =>
            {
                var text = Require.Fill(options.AcknowledgementTemplate, ("case", r.CaseNumber ?? r.Case.CaseId));
                await PartnerPosts.PostOnceAsync(step, r.ThreadId!, text, ct).ConfigureAwait(false);
            }));
    }

    private static async IAsyncEnumerable<ThreadEscalation> FindOverdueAsync(
        IServiceProvider services, ThreadEscalationToCaseOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<TradingGridClient>();
        var now = Now(services);
        await foreach (var space in client.Spaces.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await foreach (var thread in client.Threads.ListAsync(space.SpaceId, new ThreadQuery { Status = ThreadStatus.Open }, cancellationToken).ConfigureAwait(false))
            {
                if (now - thread.CreatedAt < options.ResponseSla)
                {
                    continue;
                }

                var answered = false;
                await foreach (var post in client.Posts.ListAsync(thread.ThreadId, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    answered |= post.Author is { } author && author.CompanyId != thread.PartnerCompanyId;
                }

                if (!answered)
                {
                    yield return new ThreadEscalation(thread.ThreadId, $"Unanswered for more than {options.ResponseSla.TotalHours:0.#} h.");
                }
            }
        }
    }

    private static DateTimeOffset Now(IServiceProvider services) => (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();

    private sealed record Escalation(ThreadEscalation Request, PartnerDisputeToCase.Conversation Conversation);
}
