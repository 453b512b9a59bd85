using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>A resolved case of one recipe, with the BigCommerce record it belongs to and its outcome.</summary>
/// <param name="Case">The case as read after the milestone.</param>
/// <param name="Store">The store.</param>
/// <param name="SubjectId">The order (or customer) id from the case's external reference.</param>
/// <param name="Reference">The external reference id.</param>
/// <param name="Outcome">The outcome (attribute or status-change reason), for example <c>approved</c>.</param>
/// <param name="Reason">The reason given with the status change.</param>
public sealed record CaseOutcome(CaseInstance? Case, string Store, int SubjectId, string Reference, string? Outcome, string? Reason)
{
    /// <summary>Reads the case of <paramref name="milestone"/>; <see cref="SubjectId"/> is 0 when the case is not of <paramref name="kind"/>.</summary>
    /// <param name="step">The step.</param>
    /// <param name="milestone">The status change.</param>
    /// <param name="subject">The reference prefix, <c>order</c> or <c>customer</c>.</param>
    /// <param name="kind">The reference kind segment, for example <c>compliance</c>.</param>
    /// <param name="outcomeAttribute">The case attribute that holds the outcome.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async ValueTask<CaseOutcome> ReadAsync(StepContext step, CaseMilestone milestone, string subject, string kind, string outcomeAttribute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(milestone);
        var store = step.Services.GetRequiredService<Connectors.BigCommerce.BigCommerceClient>().StoreHash;
        var theCase = (await step.Services.GetRequiredService<CoreCaseClient>().Cases.GetAsync(milestone.Case, cancellationToken).ConfigureAwait(false)).Value;
        foreach (var reference in theCase.ExternalReferences)
        {
            var parts = reference.Id.Split(':');
            if (reference.System == OrderCases.System(store) && parts.Length >= 3 && parts[0] == subject && parts[2] == kind
                && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return new CaseOutcome(theCase, store, id, reference.Id, OrderCases.OutcomeOf(theCase, outcomeAttribute, milestone.Reason), milestone.Reason);
            }
        }

        return new CaseOutcome(theCase, store, 0, "", null, milestone.Reason);
    }
}
