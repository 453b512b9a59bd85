using System.Runtime.CompilerServices;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Recipes.Shared;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Business choices of TG-CC-5 (compliance / audit review).</summary>
public sealed class ComplianceReviewToCaseOptions
{
    /// <summary>The case type. Required.</summary>
    public string CaseDefinitionId { get; set; } = string.Empty;

    /// <summary>Thread categories that are compliance questions (case-insensitive).</summary>
    public ISet<string> Categories { get; } = new HashSet<string>(["Compliance", "Audit"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Tasks created on the review case (review, approval, evidence collection).</summary>
    public IList<string> ReviewTasks { get; } = ["Review", "Approval", "Evidence collection"];

    /// <summary>Who works the review.</summary>
    public CaseIdentity? Assignee { get; set; }

    /// <summary>Title of the thread opened for a host request; <c>{title}</c> is replaced.</summary>
    public string ThreadTitleTemplate { get; set; } = "Compliance review: {title}";

    /// <summary>Partner-visible acknowledgement; <c>{case}</c> is replaced. Further updates come from TG-CC-2.</summary>
    public string AcknowledgementTemplate { get; set; } = "We have opened compliance review {case}. Updates will follow in this thread.";

    /// <summary>The poll interval.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        Require.NotEmpty(CaseDefinitionId, ComplianceReviewToCase.Id, nameof(CaseDefinitionId));
        Require.That(Categories.Count > 0, ComplianceReviewToCase.Id, "Categories must name at least one thread category.");
        Require.NotEmpty(ThreadTitleTemplate, ComplianceReviewToCase.Id, nameof(ThreadTitleTemplate));
        Require.NotEmpty(AcknowledgementTemplate, ComplianceReviewToCase.Id, nameof(AcknowledgementTemplate));
        Require.Positive(PollInterval, ComplianceReviewToCase.Id, nameof(PollInterval));
    }
}

/// <summary>
/// TG-CC-5: a compliance question in the community (poll) or an internal policy exception from a host
/// (<see cref="HostEventType"/> through the inbox) opens a review case with tasks; the partner is told in the community.
/// </summary>
public static class ComplianceReviewToCase
{
    /// <summary>The scenario name (catalog ID).</summary>
    public const string Id = "TG-CC-5";

    /// <summary>The poller over the Trading Grid feed.</summary>
    public const string Poller = "TG-CC-5.poll";

    /// <summary>The event type a host submits (source <c>host</c>, payload <see cref="ComplianceRequest"/>).</summary>
    public const string HostEventType = "tradinggrid.compliance-request";

    /// <summary>Adds TG-CC-5.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="ComplianceReviewToCaseOptions.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddComplianceReviewToCase(this ScenariosBuilder builder, Action<ComplianceReviewToCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ComplianceReviewToCaseOptions();
        configure(options);
        options.Validate();
        var json = PartnerCasesJsonContext.Default;

        return builder.AddScenario(Id, s => s
            .From(
                Trigger.Webhook(PartnerCaseLinks.HostSource, HostEventType, json.ComplianceRequest),
                Trigger.Poll(Poller, PartnerCaseLinks.TradingGridSource, "tradinggrid.compliance-question", json.ComplianceRequest,
                    (services, _, ct) => ReadQuestionsAsync(services, options, ct), r => r.RequestId, r => DateTimeOffset.UnixEpoch, options.PollInterval))
            .Then("open-thread", r => $"{r.PartnerCompanyId}:{r.RequestId}", async (r, step, ct) =>
            {
                if (r.ThreadId is not null)
                {
                    return r;
                }

                var grid = step.Services.GetRequiredService<TradingGridClient>();
                var spaceId = r.SpaceId;
                if (spaceId is null)
                {
                    await foreach (var space in grid.Spaces.ListAsync(r.PartnerCompanyId, ct).ConfigureAwait(false))
                    {
                        spaceId = space.SpaceId;
                        break;
                    }
                }

                if (spaceId is null)
                {
                    throw new InvalidOperationException($"Partner '{r.PartnerCompanyId}' has no community space to publish the review in.");
                }

                var title = Require.Fill(options.ThreadTitleTemplate, ("title", r.Title));
                var threadId = await PartnerPosts.OpenThreadOnceAsync(step, spaceId, title, title, "Compliance", ct).ConfigureAwait(false);
                return r with { SpaceId = spaceId, ThreadId = threadId };
            }, json.ComplianceRequest)
            .Then("open-case", r => $"{r.PartnerCompanyId}:{r.RequestId}", async (r, step, ct) =>
            {
                var create = new CreateCaseOptions
                {
                    CaseDefinitionId = options.CaseDefinitionId,
                    Title = $"Compliance review: {r.Title}",
                    Summary = r.Description,
                    Category = "Compliance",
                    Assignee = options.Assignee,
                };
                create.ExternalReferences.Add(new ExternalReference(PartnerCaseLinks.PartnerSystem(r.PartnerCompanyId), $"compliance:{r.RequestId}"));
                PartnerCaseLinks.Link(create, r.PartnerCompanyId, r.SpaceId, r.ThreadId, step.CorrelationId);
                var coreCase = step.Services.GetRequiredService<CoreCaseClient>();
                var found = (await coreCase.Cases.FindOrCreateAsync(create, ct).ConfigureAwait(false)).Value;
                await CaseTasks.EnsureAsync(coreCase, found.Case.Ref, [.. options.ReviewTasks.Select(t => new NewCaseTask { Name = t })], ct).ConfigureAwait(false);

                return new CaseReference(found.Case.Ref, found.Case.CaseNumber, r.PartnerCompanyId, r.SpaceId, r.ThreadId);
            }, json.CaseReference)
            .Then("acknowledge", r => $"{r.PartnerCompanyId}:{r.ThreadId}", async (r, step, ct) =>
            {
                var text = Require.Fill(options.AcknowledgementTemplate, ("case", r.CaseNumber ?? r.Case.CaseId));
                await PartnerPosts.PostOnceAsync(step, r.ThreadId!, text, ct).ConfigureAwait(false);
            }));
    }

    private static async IAsyncEnumerable<ComplianceRequest> ReadQuestionsAsync(
        IServiceProvider services, ComplianceReviewToCaseOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string[] types = [TradingGridEventType.ThreadCreated.Value];
        var client = services.GetRequiredService<TradingGridClient>();
        await foreach (var e in PartnerCaseLinks.ReadTradingGridEventsAsync(services, null, types, cancellationToken).ConfigureAwait(false))
        {
            if (e.Data.ThreadId is null)
            {
                continue;
            }

            var thread = (await client.Threads.GetAsync(e.Data.ThreadId, cancellationToken).ConfigureAwait(false)).Value;
            var askedByPartner = thread.CreatedBy is null || thread.CreatedBy.CompanyId == thread.PartnerCompanyId;
            if (askedByPartner && thread.Category is { } category && options.Categories.Contains(category))
            {
                yield return new ComplianceRequest(thread.PartnerCompanyId, thread.ThreadId, thread.Title, thread.Title, thread.SpaceId, thread.ThreadId);
            }
        }
    }
}
