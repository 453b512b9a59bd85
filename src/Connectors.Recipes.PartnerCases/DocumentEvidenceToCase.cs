using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Recipes.Shared;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Business choices of TG-CC-3 (documents shared in the community ↔ case evidence).</summary>
public sealed class DocumentEvidenceToCaseOptions
{
    /// <summary>A case task whose name starts with this asks the partner for documents (the flow back).</summary>
    public string DocumentRequestTaskPrefix { get; set; } = "Request documents";

    /// <summary>The partner-visible request; <c>{case}</c> and <c>{request}</c> (the task description, or its name) are replaced.</summary>
    public string RequestTemplate { get; set; } = "For case {case} we need more documents from you: {request}. Please share them in this thread.";

    /// <summary>
    /// The case definitions whose cases follow partner threads (where a shared document's case is looked for); empty
    /// (the default) looks in every definition. <c>AddPartnerCasesRecipes</c> sets the one its cases use.
    /// </summary>
    public ISet<string> CaseDefinitionIds { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The poll interval of both poll triggers.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        Require.NotEmpty(DocumentRequestTaskPrefix, DocumentEvidenceToCase.Id, nameof(DocumentRequestTaskPrefix));
        Require.NotEmpty(RequestTemplate, DocumentEvidenceToCase.Id, nameof(RequestTemplate));
        Require.Positive(PollInterval, DocumentEvidenceToCase.Id, nameof(PollInterval));
    }
}

/// <summary>
/// TG-CC-3: a document shared in a partner thread is attached to that thread's case (key: document id); a
/// "Request documents" task on the case posts a request to the partner (scenario <see cref="RequestId"/>).
/// </summary>
public static class DocumentEvidenceToCase
{
    /// <summary>The scenario name (catalog ID) of document → case.</summary>
    public const string Id = "TG-CC-3";

    /// <summary>The scenario name of the flow back (document requested on the case → partner).</summary>
    public const string RequestId = "TG-CC-3.request";

    /// <summary>The poller over the Trading Grid feed.</summary>
    public const string Poller = "TG-CC-3.poll";

    /// <summary>The poller over the Core Case feed (task created).</summary>
    public const string RequestPoller = "TG-CC-3.request.poll";

    /// <summary>Adds TG-CC-3 (both directions).</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddDocumentEvidenceToCase(this ScenariosBuilder builder, Action<DocumentEvidenceToCaseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DocumentEvidenceToCaseOptions();
        configure?.Invoke(options);
        options.Validate();
        var json = PartnerCasesJsonContext.Default;
        string[] shared = [TradingGridEventType.DocumentShared.Value];
        string[] tasks = [CaseEventType.TaskCreated.Value];

        builder.AddScenario(Id, s => s
            .From(
                Trigger.Webhook(PartnerCaseLinks.TradingGridSource, TradingGridEventType.DocumentShared.Value, TradingGridEvent.JsonTypeInfo),
                Trigger.Poll(Poller, PartnerCaseLinks.TradingGridSource, TradingGridEventType.DocumentShared.Value, TradingGridEvent.JsonTypeInfo,
                    (services, since, ct) => PartnerCaseLinks.ReadTradingGridEventsAsync(services, since, shared, ct), e => e.EventId, e => e.OccurredAt, options.PollInterval))
            .Map(PartnerCaseLinks.ToPartnerEvent)
            .Enrich("find-case", async (e, step, ct) =>
            {
                var documentId = e.DocumentId ?? throw new InvalidOperationException($"Trading Grid event '{e.EventId}' ({e.Type}) has no documentId.");
                var grid = step.Services.GetRequiredService<TradingGridClient>();
                var document = (await grid.Documents.GetAsync(documentId, ct).ConfigureAwait(false)).Value;
                var partner = e.PartnerCompanyId ?? (await grid.Spaces.GetAsync(document.SpaceId, ct).ConfigureAwait(false)).Value.PartnerCompanyId;
                var theCase = document.ThreadId is { } thread
                    ? await PartnerCaseLinks.FindCaseAsync(step.Services, [.. options.CaseDefinitionIds], PartnerCaseLinks.ThreadReference(partner, thread), ct).ConfigureAwait(false)
                    : null;
                return new Evidence(document, theCase?.Ref);
            })
            .Where(x => x.Case is not null)
            .Then("attach-document", x => x.Document.DocumentId, (x, step, ct) => PartnerDisputeToCase.AttachDocumentAsync(step.Services, x.Case!, x.Document, ct)));

        return builder.AddScenario(RequestId, s => s
            .From(Trigger.Poll(RequestPoller, PartnerCaseLinks.CoreCaseSource, "case.task", json.CaseMilestone,
                (services, since, ct) => PartnerCaseLinks.ReadCaseEventsAsync(services, since, tasks, ct), m => m.Case.ToString(), m => m.OccurredOn, options.PollInterval, changeId: m => m.EventId))
            .Where(m => m.TaskId is not null)
            .Enrich("read-request", async (m, step, ct) =>
            {
                var theCase = await PartnerCaseLinks.ReadLinkedCaseAsync(step.Services, m.Case, ct).ConfigureAwait(false);
                CaseTask? task = null;
                await foreach (var candidate in step.Services.GetRequiredService<CoreCaseClient>().Tasks.ListAsync(m.Case, ct).ConfigureAwait(false))
                {
                    task = candidate.Id == m.TaskId ? candidate : task;
                }

                return new DocumentRequest(theCase, task, PartnerCaseLinks.Attribute(theCase, PartnerCaseLinks.ThreadAttribute));
            })
            .Where(r => r.ThreadId is not null && r.Task is not null && r.Task.Name.StartsWith(options.DocumentRequestTaskPrefix, StringComparison.OrdinalIgnoreCase))
            .Then("ask-partner", r => $"request:{r.Case.Id}:{r.Task!.Id}", async (r, step, ct) =>
            {
                var text = Require.Fill(options.RequestTemplate, ("case", r.Case.CaseNumber ?? r.Case.Id), ("request", r.Task!.Description ?? r.Task.Name));
                await PartnerPosts.PostOnceAsync(step, r.ThreadId!, text, ct).ConfigureAwait(false);
            }));
    }

    private sealed record Evidence(SharedDocument Document, CaseRef? Case);

    private sealed record DocumentRequest(CaseInstance Case, CaseTask? Task, string? ThreadId);
}
