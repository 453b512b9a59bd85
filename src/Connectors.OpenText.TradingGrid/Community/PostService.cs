using Connectors.Core;
using Connectors.OpenText.TradingGrid.Wire;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Posts in community threads: write partner-visible or internal posts, replies, and read them since a time.</summary>
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
    public virtual Task<Response<CommunityPost>> CreateAsync(string threadId, NewPost post, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        ArgumentNullException.ThrowIfNull(post);
        return _connection.SendAsync(
            ApiRequest.Post(TradingGridRoutes.ThreadPosts(_options.CompanyId, threadId)).WithPost(post),
            TradingGridJsonContext.Default.CommunityPost,
            cancellationToken);
    }

    /// <summary>Lists a thread's posts, oldest first.</summary>
    /// <param name="threadId">The thread id.</param>
    /// <param name="query">Filters (e.g. posts since a time); <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<CommunityPost> ListAsync(string threadId, PostQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        return OffsetPaging.Create<CommunityPost, PostList>(
            _connection,
            () => ApiRequest.Get(TradingGridRoutes.ThreadPosts(_options.CompanyId, threadId))
                .WithQuery("since", query?.Since)
                .WithQuery("visibility", query?.Visibility?.Value),
            TradingGridJsonContext.Default.PostList,
            _options.PageSize,
            cancellationToken);
    }
}
