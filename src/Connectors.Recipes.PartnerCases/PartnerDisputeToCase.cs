using System.Text;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>TG-CC-1: a dispute thread opened in the partner community becomes a case with the conversation, documents and transaction references.</summary>
public static class PartnerDisputeToCase
{
    /// <summary>The scenario name (catalog ID).</summary>
    public const string Id = "TG-CC-1";

    /// <summary>The poll twin's name.</summary>
    public const string Poller = "TG-CC-1.poll";

    /// <summary>Adds TG-CC-1.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="PartnerDisputeToCaseOptions.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerDisputeToCase(this ScenariosBuilder builder, Action<PartnerDisputeToCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PartnerDisputeToCaseOptions();
        configure(options);
        options.Validate();
        var json = PartnerCasesJsonContext.Default;
        string[] types = [TradingGridEventType.ThreadCreated.Value];

        return builder.AddScenario(Id, s => s
            .From(
                Trigger.Webhook(PartnerCaseLinks.TradingGridSource, TradingGridEventType.ThreadCreated.Value, TradingGridEvent.JsonTypeInfo),
                Trigger.Poll(Poller, PartnerCaseLinks.TradingGridSource, TradingGridEventType.ThreadCreated.Value, TradingGridEvent.JsonTypeInfo,
                    (services, since, ct) => PartnerCaseLinks.ReadTradingGridEventsAsync(services, since, types, ct), e => e.EventId, e => e.OccurredAt, options.PollInterval))
            .Map(PartnerCaseLinks.ToPartnerEvent)
            .Enrich("read-conversation", (e, step, ct) => ReadConversationAsync(step.Services, e, ct))
            .Where(c => c.Thread.Category is { } category && options.Categories.Contains(category))
            .Then("open-case", c => $"{c.Thread.PartnerCompanyId}:{c.Thread.ThreadId}", (c, step, ct) => OpenCaseAsync(options, c, step, ct), json.CaseReference)
            .Then("attach-documents", r => $"{r.PartnerCompanyId}:{r.ThreadId}", (r, step, ct) => options.AttachDocuments ? AttachThreadDocumentsAsync(step.Services, r, ct) : ValueTask.CompletedTask));
    }

    internal static async ValueTask<Conversation> ReadConversationAsync(IServiceProvider services, PartnerEvent e, CancellationToken cancellationToken)
    {
        var threadId = e.ThreadId ?? throw new InvalidOperationException($"Trading Grid event '{e.EventId}' ({e.Type}) has no threadId.");
        var client = services.GetRequiredService<TradingGridClient>();
        var thread = (await client.Threads.GetAsync(threadId, cancellationToken).ConfigureAwait(false)).Value;
        var posts = new List<CommunityPost>();
        await foreach (var post in client.Posts.ListAsync(threadId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            posts.Add(post);
        }

        return new Conversation(thread, posts);
    }

    private static async ValueTask<CaseReference> OpenCaseAsync(PartnerDisputeToCaseOptions options, Conversation c, StepContext step, CancellationToken cancellationToken)
    {
        var thread = c.Thread;
        var transcript = new StringBuilder();
        foreach (var post in c.Posts)
        {
            transcript.Append(post.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))
                .Append(' ').Append(post.Author?.DisplayName ?? post.Author?.CompanyId ?? "unknown")
                .Append(" (").Append(post.Visibility.Value).Append("): ").AppendLine(post.Body);
        }

        var transactions = c.Posts.SelectMany(p => options.TransactionReferencePattern.Matches(p.Body).Select(m => m.Value))
            .Append(options.TransactionReferencePattern.Match(thread.Title).Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var create = new CreateCaseOptions
        {
            CaseDefinitionId = options.CaseDefinitionId,
            Title = Require.Fill(options.TitleTemplate, ("title", thread.Title), ("partner", thread.PartnerCompanyId)),
            Summary = transcript.ToString(),
            Category = thread.Category,
            Priority = options.Priority,
            Assignee = options.Assignee,
        };
        create.ExternalReferences.Add(PartnerCaseLinks.ThreadReference(thread.PartnerCompanyId, thread.ThreadId));
        foreach (var transaction in transactions)
        {
            create.ExternalReferences.Add(new ExternalReference(PartnerCaseLinks.PartnerSystem(thread.PartnerCompanyId), $"transaction:{transaction}"));
        }

        PartnerCaseLinks.Link(create, thread.PartnerCompanyId, thread.SpaceId, thread.ThreadId, step.CorrelationId);
        var result = (await step.Services.GetRequiredService<CoreCaseClient>().Cases.FindOrCreateAsync(create, cancellationToken).ConfigureAwait(false)).Value;
        return new CaseReference(result.Case.Ref, result.Case.CaseNumber, thread.PartnerCompanyId, thread.SpaceId, thread.ThreadId);
    }

    internal static async ValueTask AttachThreadDocumentsAsync(IServiceProvider services, CaseReference r, CancellationToken cancellationToken)
    {
        if (r.SpaceId is null || r.ThreadId is null)
        {
            return;
        }

        await foreach (var document in services.GetRequiredService<TradingGridClient>().Documents.ListAsync(r.SpaceId, new DocumentQuery { ThreadId = r.ThreadId }, cancellationToken).ConfigureAwait(false))
        {
            await AttachDocumentAsync(services, r.Case, document, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Streams a shared document onto the case unless a file of that name (prefixed with the document id) is already there.</summary>
    internal static async ValueTask AttachDocumentAsync(IServiceProvider services, CaseRef caseRef, SharedDocument document, CancellationToken cancellationToken)
    {
        var coreCase = services.GetRequiredService<CoreCaseClient>();
        var fileName = $"{document.DocumentId}-{document.FileName}";
        await foreach (var existing in coreCase.Attachments.ListAsync(caseRef, cancellationToken).ConfigureAwait(false))
        {
            if (existing.FileName == fileName)
            {
                return;
            }
        }

        await using var download = await services.GetRequiredService<TradingGridClient>().Documents.DownloadAsync(document.DocumentId, cancellationToken).ConfigureAwait(false);
        await coreCase.Attachments.UploadAsync(caseRef, download.Content, fileName, document.ContentType ?? download.ContentType ?? "application/octet-stream", cancellationToken).ConfigureAwait(false);
    }

    internal sealed record Conversation(CommunityThread Thread, IReadOnlyList<CommunityPost> Posts);
}
