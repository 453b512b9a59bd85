using Connectors.OpenText.CoreCase;

namespace Connectors.Recipes.PartnerCases;

/// <summary>
/// The tasks a new case starts with, created at most once each: Core Case takes no idempotency key on a task, and a
/// retry after an unclear failure (the case or a task stored, its response lost) finds the case already there. So the
/// step lists the case's tasks and creates only those whose name is missing, whether or not this attempt created the case.
/// </summary>
internal static class CaseTasks
{
    public static async ValueTask EnsureAsync(CoreCaseClient client, CaseRef caseRef, IReadOnlyList<NewCaseTask> tasks, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var task in client.Tasks.ListAsync(caseRef, cancellationToken).ConfigureAwait(false))
        {
            existing.Add(task.Name);
        }

        foreach (var task in tasks)
        {
            if (existing.Add(task.Name))
            {
                await client.Tasks.CreateAsync(caseRef, task, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
