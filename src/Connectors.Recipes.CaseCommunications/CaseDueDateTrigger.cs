using System.Runtime.CompilerServices;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>
/// A sweep over the cases whose due date falls within a lead time: Core Case has no "due soon" event, so the poll
/// is the trigger. Each case yields one <see cref="Type"/> event per due date, so a repeated sweep is a duplicate.
/// The definitions come from the published <c>case-definitions</c> list; the case list and its status filter are
/// assumed routes of the client (docs/api/core-case.md).
/// </summary>
internal static class CaseDueDateTrigger
{
    public const string Type = "CASE_DUE";

    /// <summary>Cases in one of <paramref name="statuses"/> due between now and now + <paramref name="leadTime"/>.</summary>
    public static PollTrigger<CaseEventPayload> Poll(string name, TimeSpan interval, IReadOnlyCollection<string> statuses, TimeSpan leadTime)
        => Trigger.Poll(
            name,
            CaseEventTriggers.Source,
            "case.due",
            CaseCommunicationsJsonContext.Default.CaseEventPayload,
            (services, _, ct) => ReadAsync(services, statuses, leadTime, ct),
            e => e.Case.ToString(),
            e => e.OccurredOn,
            interval);

    private static async IAsyncEnumerable<CaseEventPayload> ReadAsync(
        IServiceProvider services, IReadOnlyCollection<string> statuses, TimeSpan leadTime, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<CoreCaseClient>();
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var query = new CaseQuery();
        foreach (var status in statuses)
        {
            query.Statuses.Add(CaseStatus.Create(status));
        }

        var definitions = new List<string>();
        await foreach (var definition in client.CaseDefinitions.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            definitions.Add(definition.Id);
        }

        foreach (var definitionId in definitions)
        {
            await foreach (var c in client.Cases.ListAsync(definitionId, query, cancellationToken).ConfigureAwait(false))
            {
                // A due date already past is not announced: the first sweep of a new host must not write to every old case.
                if (c.DueDate is { } due && due >= now && due - now <= leadTime)
                {
                    yield return new CaseEventPayload($"{Type}:{c.Ref}:{due.UtcDateTime:O}", 0, c.Ref, Type, due, null, null, []);
                }
            }
        }
    }
}
