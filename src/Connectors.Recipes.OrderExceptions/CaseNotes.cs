using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>
/// Case comments made at most once per step: Core Case takes no idempotency key on a comment, and the client never
/// resends a POST, so after an unclear failure (a reset or timeout after the server added it) the engine retries the
/// step. The comment carries a marker made from the step's idempotency key; the step looks for it before adding.
/// </summary>
internal static class CaseNotes
{
    /// <summary>Adds an internal comment ending in the step's marker, unless the case already has one with it.</summary>
    public static async ValueTask AddOnceAsync(StepContext step, CaseRef caseRef, string text, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<CoreCaseClient>();
        var marker = step.EffectMarker;
        await foreach (var existing in client.Comments.ListAsync(caseRef, CommentVisibility.Internal, cancellationToken).ConfigureAwait(false))
        {
            if (existing.Text.Contains(marker, StringComparison.Ordinal))
            {
                return;
            }
        }

        await client.Comments.AddAsync(caseRef, $"{text} {marker}", CommentVisibility.Internal, cancellationToken).ConfigureAwait(false);
    }
}
