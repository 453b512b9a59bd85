using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Recipes.Shared;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Business choices of TG-CC-2 (case milestones published to the partner).</summary>
public sealed class CaseMilestonesToPartnerOptions
{
    /// <summary>Case status → partner-visible text. <c>{case}</c>, <c>{title}</c> and <c>{status}</c> are replaced. A status not listed is not published.</summary>
    public IDictionary<string, string> Milestones { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["OPEN"] = "We received your request; our reference is {case}.",
        ["IN_PROGRESS"] = "Case {case} is under review.",
        ["AWAITING_INFORMATION"] = "Case {case} is awaiting documents from you.",
        ["RESOLVED"] = "Case {case} is resolved.",
    };

    /// <summary>Appends the latest note marked shareable on the case. Internal notes are never read for partners.</summary>
    public bool IncludeLatestSharedNote { get; set; }

    /// <summary>The poll interval over the case events feed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        Require.That(Milestones.Count > 0, CaseMilestonesToPartner.Id, "Milestones must map at least one case status to a text.");
        Require.That(Milestones.Values.All(t => !string.IsNullOrWhiteSpace(t)), CaseMilestonesToPartner.Id, "every milestone needs a non-empty text.");
        Require.Positive(PollInterval, CaseMilestonesToPartner.Id, nameof(PollInterval));
    }
}

/// <summary>TG-CC-2: each case milestone (received, under review, awaiting documents, resolved) is posted to the partner's thread; internal notes never leave.</summary>
public static class CaseMilestonesToPartner
{
    /// <summary>The scenario name (catalog ID).</summary>
    public const string Id = "TG-CC-2";

    /// <summary>The poller over the Core Case events feed.</summary>
    public const string Poller = "TG-CC-2.poll";

    /// <summary>Adds TG-CC-2.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddCaseMilestonesToPartner(this ScenariosBuilder builder, Action<CaseMilestonesToPartnerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CaseMilestonesToPartnerOptions();
        configure?.Invoke(options);
        options.Validate();
        string[] types = [CaseEventType.CaseCreated.Value, CaseEventType.StatusChanged.Value];

        return builder.AddScenario(Id, s => s
            .From(Trigger.Poll(Poller, PartnerCaseLinks.CoreCaseSource, "case.milestone", PartnerCasesJsonContext.Default.CaseMilestone,
                (services, since, ct) => PartnerCaseLinks.ReadCaseEventsAsync(services, since, types, ct), m => m.Case.ToString(), m => m.OccurredOn, options.PollInterval, changeId: m => m.EventId))
            .Where(m => m.ToStatus is { } status && options.Milestones.ContainsKey(status))
            .Enrich("read-case", async (m, step, ct) =>
            {
                var theCase = await PartnerCaseLinks.ReadLinkedCaseAsync(step.Services, m.Case, ct).ConfigureAwait(false);
                var notes = options.IncludeLatestSharedNote ? await PartnerCaseLinks.ReadSharedNotesAsync(step.Services, m.Case, ct).ConfigureAwait(false) : [];
                return new Update(m, theCase, PartnerCaseLinks.Attribute(theCase, PartnerCaseLinks.ThreadAttribute), notes.Count > 0 ? notes[^1].Text : null);
            })
            .Where(u => u.ThreadId is not null)
            .Then("post-milestone", u => $"{u.Milestone.Case}:{u.Milestone.ToStatus!.ToUpperInvariant()}", async (u, step, ct) =>
            {
                var text = Require.Fill(options.Milestones[u.Milestone.ToStatus!], ("case", u.Case.CaseNumber ?? u.Case.Id), ("title", u.Case.Title), ("status", u.Milestone.ToStatus));
                if (u.SharedNote is { } note)
                {
                    text = $"{text}\n\n{note}";
                }

                await PartnerPosts.PostOnceAsync(step, u.ThreadId!, text, ct).ConfigureAwait(false);
            }));
    }

    private sealed record Update(CaseMilestone Milestone, CaseInstance Case, string? ThreadId, string? SharedNote);
}
