using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Posts in community threads: write partner-visible or internal posts, replies, and read them since a time. Every route here is assumed: see <c>AssumedRoutes</c> and docs/api/trading-grid.md.</summary>
public class PostService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal PostService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected PostService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>
    /// Writes a post (set <see cref="NewPost.InReplyTo"/> to reply). A <see cref="PartnerPost"/> is sent without any
    /// internal field; an <see cref="InternalPost"/> is visible only to the company. Not retried automatically.
    /// </summary>
    /// <param name="threadId">The thread id.</param>
    /// <param name="post">The post.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community posts; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<CommunityPost>> CreateAsync(string threadId, NewPost post, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        ArgumentNullException.ThrowIfNull(post);
        return _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.ThreadPosts(_options.CompanyId, threadId)).WithPost(post),
            TradingGridJsonContext.Default.CommunityPost,
            cancellationToken);
    }

    /// <summary>Lists a thread's posts, oldest first.</summary>
    /// <param name="threadId">The thread id.</param>
    /// <param name="query">Filters (e.g. posts since a time); <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community posts; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<CommunityPost> ListAsync(string threadId, PostQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        return OffsetPaging.Create<CommunityPost, PostList>(
            _connection,
            () => ApiRequest.Get(AssumedRoutes.ThreadPosts(_options.CompanyId, threadId))
                .WithQuery("since", query?.Since)
                .WithQuery("visibility", query?.Visibility?.Value),
            TradingGridJsonContext.Default.PostList,
            _options.PageSize,
            cancellationToken);
    }
}
