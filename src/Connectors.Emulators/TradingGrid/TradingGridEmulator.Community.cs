using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

// Community routes: spaces, threads, posts.
public sealed partial class TradingGridEmulator
{
    private void MapCommunity(RouteGroupBuilder api)
    {
        api.MapGet("/spaces", (HttpRequest r) =>
        {
            var partner = r.Query["partnerCompanyId"].ToString();
            return Page(r, "spaces", State.Spaces.Where(s => partner.Length == 0 || s.PartnerCompanyId == partner));
        });
        api.MapGet("/spaces/{spaceId}", (string spaceId) =>
            State.FindSpace(spaceId) is { } space ? Results.Json(space) : SpaceNotFound(spaceId));
        api.MapGet("/spaces/{spaceId}/threads", (string spaceId, HttpRequest r) =>
        {
            if (State.FindSpace(spaceId) is null)
            {
                return SpaceNotFound(spaceId);
            }

            if (!TryDate(r, "modifiedSince", out var since))
            {
                return InvalidParameter("modifiedSince");
            }

            var status = r.Query["status"].ToString();
            return Page(r, "threads", State.ThreadsIn(spaceId)
                .Where(t => (status.Length == 0 || t.Status == status) && (since is null || t.ModifiedAt >= since))
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.ThreadId, StringComparer.Ordinal));
        });
        api.MapPost("/spaces/{spaceId}/threads", async (string spaceId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (State.FindSpace(spaceId) is not { } space)
            {
                return SpaceNotFound(spaceId);
            }

            var title = json!["title"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(title))
            {
                return Validation(("title", "A title is required."));
            }

            if (json["post"] is not JsonObject post)
            {
                return Validation(("post", "The first post is required."));
            }

            var p = ReadPost(post);
            if (p.Error is not null)
            {
                return p.Error;
            }

            var thread = State.CreateThread(space, title, p.Body!, json["category"]?.GetValue<string>(), State.CompanyUser, p.Visibility!, p.Internal);
            return Results.Json(thread, statusCode: 201);
        });
        api.MapGet("/threads/{threadId}", (string threadId) =>
            State.FindThread(threadId) is { } thread ? Results.Json(thread) : ThreadNotFound(threadId));
        api.MapPut("/threads/{threadId}/status", async (string threadId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (State.FindThread(threadId) is not { } thread)
            {
                return ThreadNotFound(threadId);
            }

            var status = json!["status"]?.GetValue<string>();
            if (status is not ("Resolved" or "Open"))
            {
                return Validation(("status", "status must be 'Open' or 'Resolved'."));
            }

            if (status == "Resolved")
            {
                State.Resolve(thread, json["resolution"]?.GetValue<string>());
            }
            else
            {
                State.Reopen(thread);
            }

            return Results.Json(thread);
        });
        api.MapGet("/threads/{threadId}/posts", (string threadId, HttpRequest r) =>
        {
            if (State.FindThread(threadId) is null)
            {
                return ThreadNotFound(threadId);
            }

            if (!TryDate(r, "since", out var since))
            {
                return InvalidParameter("since");
            }

            var visibility = r.Query["visibility"].ToString();
            return Page(r, "posts", State.PostsIn(threadId)
                .Where(p => (since is null || p.CreatedAt >= since) && (visibility.Length == 0 || p.Visibility == visibility))
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.PostId, StringComparer.Ordinal));
        });
        api.MapPost("/threads/{threadId}/posts", async (string threadId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (State.FindThread(threadId) is not { } thread)
            {
                return ThreadNotFound(threadId);
            }

            var p = ReadPost(json!);
            if (p.Error is not null)
            {
                return p.Error;
            }

            if (p.InReplyTo is not null && State.PostsIn(threadId).All(x => x.PostId != p.InReplyTo))
            {
                return Validation(("inReplyTo", $"Post '{p.InReplyTo}' is not in thread '{threadId}'."));
            }

            var post = State.AddPost(thread, p.Body!, p.Visibility!, p.InReplyTo, State.CompanyUser, p.Internal, p.DocumentIds);
            return Results.Json(post, statusCode: 201);
        });
    }
}
