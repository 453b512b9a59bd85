using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>
/// The flow-back shape of this section: the Core Case events feed (<c>{id}.case-events</c>) → the decision status →
/// the case's BigCommerce record and outcome → one effect per key, in scenario <c>{id}.outcome</c>.
/// </summary>
internal static class CaseFlowBack
{
    public static ScenariosBuilder Add(
        ScenariosBuilder builder,
        string id,
        string subject,
        string kind,
        CaseDecisionOptions o,
        Func<CaseOutcome, bool> accept,
        string step,
        Func<CaseOutcome, string> key,
        Func<CaseOutcome, StepContext, CancellationToken, ValueTask> apply)
        => builder.AddScenario(id + ".outcome", s => s
            .From(RecipeTriggers.CaseMilestones(id + ".case-events", o.PollInterval))
            .Where(m => string.Equals(m.ToStatus, o.DecisionCaseStatus, StringComparison.OrdinalIgnoreCase))
            .Enrich("read-case", (m, step, ct) => CaseOutcome.ReadAsync(step, m, subject, kind, o.OutcomeAttribute, ct))
            .Where(x => x.SubjectId > 0 && accept(x))
            .Then(step, key, apply));

    /// <summary>The segment after <c>{subject}:{id}:{kind}:</c> of a reference (complaint ref, audit ref, window, rule).</summary>
    public static string Qualifier(string reference)
    {
        var parts = reference.Split(':', 4);
        return parts.Length == 4 ? parts[3] : "";
    }
}
