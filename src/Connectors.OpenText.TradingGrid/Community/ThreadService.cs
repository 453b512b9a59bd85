using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Community threads (discussions) in partner spaces. Every route here is assumed: see <c>AssumedRoutes</c> and docs/api/trading-grid.md.</summary>
public class ThreadService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal ThreadService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected ThreadService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Gets one thread.</summary>
    /// <param name="threadId">The thread id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community threads; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<CommunityThread>> GetAsync(string threadId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        return _connection.SendAsync(
            ApiRequest.Get(AssumedRoutes.Thread(_options.CompanyId, threadId)),
            TradingGridJsonContext.Default.CommunityThread,
            cancellationToken);
    }

    /// <summary>Lists a space's threads, oldest first.</summary>
    /// <param name="spaceId">The space id.</param>
    /// <param name="query">Filters; <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community threads; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<CommunityThread> ListAsync(string spaceId, ThreadQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spaceId);
        return OffsetPaging.Create<CommunityThread, ThreadList>(
            _connection,
            () => ApiRequest.Get(AssumedRoutes.SpaceThreads(_options.CompanyId, spaceId))
                .WithQuery("status", query?.Status?.Value)
                .WithQuery("modifiedSince", query?.ModifiedSince),
            TradingGridJsonContext.Default.ThreadList,
            _options.PageSize,
            cancellationToken);
    }

    /// <summary>Opens a thread in a space with its first post. Not retried automatically.</summary>
    /// <param name="spaceId">The space id.</param>
    /// <param name="thread">The thread.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community threads; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<CommunityThread>> CreateAsync(string spaceId, NewThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spaceId);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentException.ThrowIfNullOrWhiteSpace(thread.Title, nameof(thread));
        ArgumentNullException.ThrowIfNull(thread.FirstPost, nameof(thread));
        var body = new CreateThreadRequest(thread.Title, thread.Category, PostWire.ToJson(thread.FirstPost));
        return _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.SpaceThreads(_options.CompanyId, spaceId)).WithJson(body, TradingGridJsonContext.Default.CreateThreadRequest),
            TradingGridJsonContext.Default.CommunityThread,
            cancellationToken);
    }

    /// <summary>Marks a thread resolved, with a partner-visible resolution summary. Idempotent.</summary>
    /// <param name="threadId">The thread id.</param>
    /// <param name="resolution">The summary the partner sees.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community threads; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<CommunityThread>> ResolveAsync(string threadId, string? resolution = null, CancellationToken cancellationToken = default)
        => SetStatusAsync(threadId, ThreadStatus.Resolved, resolution, cancellationToken);

    /// <summary>Reopens a resolved thread. Idempotent.</summary>
    /// <param name="threadId">The thread id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for community threads; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<CommunityThread>> ReopenAsync(string threadId, CancellationToken cancellationToken = default)
        => SetStatusAsync(threadId, ThreadStatus.Open, null, cancellationToken);

    private Task<Response<CommunityThread>> SetStatusAsync(string threadId, ThreadStatus status, string? resolution, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        return _connection.SendAsync(
            ApiRequest.Put(AssumedRoutes.ThreadStatus(_options.CompanyId, threadId))
                .WithJson(new ThreadStatusRequest(status.Value, resolution), TradingGridJsonContext.Default.ThreadStatusRequest),
            TradingGridJsonContext.Default.CommunityThread,
            cancellationToken);
    }
}

/// <summary>Maps a <see cref="NewPost"/> to its wire shape: a partner post can only become a <see cref="PartnerPostRequest"/>.</summary>
internal static class PostWire
{
    public static ApiRequest WithPost(this ApiRequest request, NewPost post) => post switch
    {
        PartnerPost p => request.WithJson(ToPartner(p), TradingGridJsonContext.Default.PartnerPostRequest),
        InternalPost i => request.WithJson(ToInternal(i), TradingGridJsonContext.Default.InternalPostRequest),
        _ => throw new ArgumentException($"Unknown post kind {post.GetType().Name}.", nameof(post)),
    };

    public static JsonElement ToJson(NewPost post) => post switch
    {
        PartnerPost p => JsonSerializer.SerializeToElement(ToPartner(p), TradingGridJsonContext.Default.PartnerPostRequest),
        InternalPost i => JsonSerializer.SerializeToElement(ToInternal(i), TradingGridJsonContext.Default.InternalPostRequest),
        _ => throw new ArgumentException($"Unknown post kind {post.GetType().Name}.", nameof(post)),
    };

    private static PartnerPostRequest ToPartner(PartnerPost p)
        => new(p.Body, PostVisibility.Partner.Value, p.InReplyTo, p.DocumentIds.Count > 0 ? p.DocumentIds : null);

    private static InternalPostRequest ToInternal(InternalPost i)
        => new(i.Body, PostVisibility.Internal.Value, i.InReplyTo, i.DocumentIds.Count > 0 ? i.DocumentIds : null,
            new InternalPostData { Note = i.Note, CaseReference = i.CaseReference, Tags = i.Tags });
}
