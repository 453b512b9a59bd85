using System.Text;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Recipes.Shared;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Business choices of TG-CC-7 (closed-loop resolution summary to the partner).</summary>
public sealed class ResolutionToPartnerOptions
{
    /// <summary>Statuses that mean resolved. Default: RESOLVED.</summary>
    public ISet<string> ResolvedStatuses { get; } = new HashSet<string>(["RESOLVED"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Heading of the summary; <c>{case}</c>, <c>{title}</c> and <c>{reason}</c> (the resolution reason) are replaced.</summary>
    public string HeadingTemplate { get; set; } = "Resolution of {case} ({title}): {reason}";

    /// <summary>A shareable case note starting with this is reported as the root cause.</summary>
    public string RootCausePrefix { get; set; } = "Root cause:";

    /// <summary>Shareable case notes starting with this are reported as corrective actions.</summary>
    public string CorrectiveActionPrefix { get; set; } = "Corrective action:";

    /// <summary>Also marks the community thread resolved.</summary>
    public bool ResolveThread { get; set; } = true;

    /// <summary>The poll interval over the case events feed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        Require.That(ResolvedStatuses.Count > 0, ResolutionToPartner.Id, "ResolvedStatuses must name at least one status.");
        Require.NotEmpty(HeadingTemplate, ResolutionToPartner.Id, nameof(HeadingTemplate));
        Require.NotEmpty(RootCausePrefix, ResolutionToPartner.Id, nameof(RootCausePrefix));
        Require.NotEmpty(CorrectiveActionPrefix, ResolutionToPartner.Id, nameof(CorrectiveActionPrefix));
        Require.Positive(PollInterval, ResolutionToPartner.Id, nameof(PollInterval));
    }
}

/// <summary>TG-CC-7: when a case is resolved, a summary with root cause and corrective actions (from shareable notes only) goes to the partner's thread.</summary>
public static class ResolutionToPartner
{
    /// <summary>The scenario name (catalog ID).</summary>
    public const string Id = "TG-CC-7";

    /// <summary>The poller over the Core Case events feed.</summary>
    public const string Poller = "TG-CC-7.poll";

    /// <summary>Adds TG-CC-7.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddResolutionToPartner(this ScenariosBuilder builder, Action<ResolutionToPartnerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ResolutionToPartnerOptions();
        configure?.Invoke(options);
        options.Validate();
        string[] types = [CaseEventType.StatusChanged.Value];

        return builder.AddScenario(Id, s => s
            .From(Trigger.Poll(Poller, PartnerCaseLinks.CoreCaseSource, "case.resolved", PartnerCasesJsonContext.Default.CaseMilestone,
                (services, since, ct) => PartnerCaseLinks.ReadCaseEventsAsync(services, since, types, ct), m => m.Case.ToString(), m => m.OccurredOn, options.PollInterval, changeId: m => m.EventId))
            .Where(m => m.ToStatus is { } status && options.ResolvedStatuses.Contains(status))
            .Enrich("read-case", async (m, step, ct) =>
            {
                var theCase = await PartnerCaseLinks.ReadLinkedCaseAsync(step.Services, m.Case, ct).ConfigureAwait(false);
                var notes = await PartnerCaseLinks.ReadSharedNotesAsync(step.Services, m.Case, ct).ConfigureAwait(false);
                return new Resolution(m, theCase, PartnerCaseLinks.Attribute(theCase, PartnerCaseLinks.ThreadAttribute), notes);
            })
            .Where(r => r.ThreadId is not null)
            .Then("post-resolution", r => r.Milestone.Case.ToString(), async (r, step, ct) =>
            {
                var summary = Summarize(options, r);
                var grid = step.Services.GetRequiredService<TradingGridClient>();
                await PartnerPosts.PostOnceAsync(step, r.ThreadId!, summary, ct).ConfigureAwait(false);
                if (options.ResolveThread)
                {
                    await grid.Threads.ResolveAsync(r.ThreadId!, r.Milestone.Reason ?? "Resolved", ct).ConfigureAwait(false);
                }
            }));
    }

    private static string Summarize(ResolutionToPartnerOptions options, Resolution r)
    {
        var text = new StringBuilder(Require.Fill(options.HeadingTemplate,
            ("case", r.Case.CaseNumber ?? r.Case.Id), ("title", r.Case.Title), ("reason", r.Milestone.Reason ?? "resolved")));
        var rootCause = r.SharedNotes.LastOrDefault(n => n.Text.StartsWith(options.RootCausePrefix, StringComparison.OrdinalIgnoreCase));
        if (rootCause is not null)
        {
            text.Append("\n\n").Append(rootCause.Text);
        }

        foreach (var action in r.SharedNotes.Where(n => n.Text.StartsWith(options.CorrectiveActionPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            text.Append("\n- ").Append(action.Text);
        }

        return text.ToString();
    }

    private sealed record Resolution(CaseMilestone Milestone, CaseInstance Case, string? ThreadId, IReadOnlyList<CaseComment> SharedNotes);
}
