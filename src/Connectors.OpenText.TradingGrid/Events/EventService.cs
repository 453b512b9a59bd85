using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// Change events: a checkpointed feed to poll, and callback registrations (verify deliveries with
/// <see cref="TradingGridWebhookReceiver"/>). Use both: the feed catches what a callback missed.
/// Every route here is assumed: see <c>AssumedRoutes</c> and docs/api/trading-grid.md.
/// </summary>
public class EventService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal EventService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected EventService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Reads the events after a checkpoint. Store the returned checkpoint once the events are handled.</summary>
    /// <param name="checkpoint">The checkpoint from the previous read; <c>null</c> to start at the beginning.</param>
    /// <param name="maxCount">At most this many events (1–100); the client's page size when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorValidationException">The checkpoint was not issued by this company's feed.</exception>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for an events feed or webhook registration; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual async Task<Response<EventBatch>> ReadAsync(string? checkpoint = null, int? maxCount = null, CancellationToken cancellationToken = default)
    {
        var request = ApiRequest.Get(AssumedRoutes.Events(_options.CompanyId))
            .WithQuery("after", checkpoint)
            .WithQuery("count", Math.Clamp(maxCount ?? _options.PageSize, 1, OffsetPaging.MaxPageSize));
        var response = await _connection.SendAsync(request, TradingGridJsonContext.Default.EventFeed, cancellationToken).ConfigureAwait(false);
        var feed = response.Value;
        var batch = new EventBatch
        {
            Events = feed.Events ?? [],
            Checkpoint = feed.Checkpoint ?? checkpoint ?? throw new ConnectorSerializationException(TradingGridClient.SystemName, "The event feed answered without a checkpoint."),
            HasMore = feed.HasMore,
        };
        return new Response<EventBatch>(batch, response.GetRawResponse());
    }

    /// <summary>Registers a callback URL for events. The answer carries the signing secret, once.</summary>
    /// <param name="callbackUrl">An absolute http(s) URL Trading Grid can reach.</param>
    /// <param name="eventTypes">The event types to deliver; <c>null</c> or empty for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for an events feed or webhook registration; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<WebhookRegistration>> RegisterWebhookAsync(Uri callbackUrl, IEnumerable<TradingGridEventType>? eventTypes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callbackUrl);
        if (!callbackUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The callback URL must be absolute.", nameof(callbackUrl));
        }

        var body = new WebhookRequest(callbackUrl, eventTypes?.Select(t => t.Value).ToArray() ?? []);
        return _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.Webhooks(_options.CompanyId)).WithJson(body, TradingGridJsonContext.Default.WebhookRequest),
            TradingGridJsonContext.Default.WebhookRegistration,
            cancellationToken);
    }

    /// <summary>Lists the registered callbacks (without secrets).</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for an events feed or webhook registration; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<WebhookRegistration> ListWebhooksAsync(CancellationToken cancellationToken = default)
        => OffsetPaging.Create<WebhookRegistration, WebhookList>(
            _connection,
            () => ApiRequest.Get(AssumedRoutes.Webhooks(_options.CompanyId)),
            TradingGridJsonContext.Default.WebhookList,
            _options.PageSize,
            cancellationToken);

    /// <summary>Removes a callback registration.</summary>
    /// <param name="webhookId">The registration id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for an events feed or webhook registration; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response> DeleteWebhookAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);
        return _connection.SendAsync(ApiRequest.Delete(AssumedRoutes.Webhook(_options.CompanyId, webhookId)), cancellationToken);
    }
}
