using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.Shared;

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

    /// <summary>
    /// Opens a thread at most once per step: its first post ends with the step's reference, and the step looks for a
    /// thread with the same title whose posts carry it before opening one (Trading Grid takes no idempotency key).
    /// </summary>
    public static async ValueTask<string> OpenThreadOnceAsync(StepContext step, string spaceId, string title, string firstPost, string? category, CancellationToken cancellationToken)
    {
        var client = step.Services.GetRequiredService<TradingGridClient>();
        var marker = step.EffectMarker;
        await foreach (var thread in client.Threads.ListAsync(spaceId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (thread.Title != title)
            {
                continue;
            }

            await foreach (var post in client.Posts.ListAsync(thread.ThreadId, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (post.Body.Contains(marker, StringComparison.Ordinal))
                {
                    return thread.ThreadId;
                }
            }
        }

        var opened = await client.Threads.CreateAsync(spaceId, new NewThread(title, new PartnerPost($"{firstPost}\n\n{marker}")) { Category = category }, cancellationToken).ConfigureAwait(false);
        return opened.Value.ThreadId;
    }
}
