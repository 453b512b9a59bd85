using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerCases;

namespace Connectors.Samples.Checks.PartnerCases;

/// <summary>TG-CC-6: a partner thread unanswered past the 4-hour response SLA is escalated to one support case; a fresh one is not.</summary>
public sealed class ThreadEscalationCheck : RecipeCheck
{
    /// <inheritdoc />
    public override string Id => ThreadEscalationToCase.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var grid = context.Grid();
        var space = context.PartnerSpaceId();
        var clock = grid.Time;
        grid.Time = new ShiftedTime(clock, TimeSpan.FromHours(-5));
        var overdue = grid.PartnerOpensThread(space, "Where is our ASN?", "No 856 for PO 4500012345.", "Question");
        grid.Time = clock;
        var fresh = grid.PartnerOpensThread(space, "Label format", "Which label format do you use?", "Question");

        await context.PollAndWaitAsync(ThreadEscalationToCase.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(ThreadEscalationToCase.Poller, cancellationToken).ConfigureAwait(false);

        var escalations = context.PartnerCases($"escalation:{overdue.ThreadId}");
        if (escalations.Count != 1 || context.PartnerCases($"escalation:{fresh.ThreadId}").Count != 0)
        {
            return CheckResult.Failed($"thread {overdue.ThreadId} 5 h unanswered: expected 1 escalation case (and none for the fresh thread), found {escalations.Count}");
        }

        var escalation = escalations[0];
        var acknowledgements = context.PostsByUs(overdue.ThreadId).Count(p => p.Body.Contains(escalation.CaseNumber, StringComparison.Ordinal));
        if (acknowledgements != 1)
        {
            return CheckResult.Failed($"case {escalation.CaseNumber}: expected 1 acknowledgement in thread {overdue.ThreadId}, found {acknowledgements}");
        }

        return CheckResult.Ok($"thread {overdue.ThreadId} unanswered for 5 h → case {escalation.CaseNumber} with task \"{escalation.Tasks.FirstOrDefault()?.Name}\", partner told; fresh thread not escalated; re-poll: still 1 case");
    }

    /// <summary>The Trading Grid clock moved back, so a thread is created in the past.</summary>
    private sealed class ShiftedTime(TimeProvider inner, TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;
    }
}
