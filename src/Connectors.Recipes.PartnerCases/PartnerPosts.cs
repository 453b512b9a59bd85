using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>
/// Partner posts made at most once per step: Trading Grid takes no idempotency key on a post, and the client never
/// resends a POST, so after an unclear failure (a reset or timeout after the server stored it) the engine retries the
/// step. The post ends with a reference made from the step's idempotency key; the step looks for it in the thread first.
/// </summary>
internal static class PartnerPosts
{
    /// <summary>Posts partner-visible <paramref name="body"/> with the step's reference, unless the thread already has it.</summary>
    public static async ValueTask PostOnceAsync(StepContext step, string threadId, string body, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<TradingGridClient>();
        var marker = step.EffectMarker;
        await foreach (var existing in client.Posts.ListAsync(threadId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (existing.Body.Contains(marker, StringComparison.Ordinal))
            {
                return;
            }
        }

        await client.Posts.CreateAsync(threadId, new PartnerPost($"{body}\n\n{marker}"), cancellationToken).ConfigureAwait(false);
    }
}
