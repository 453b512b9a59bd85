using Connectors.Core;
using Connectors.OpenText.WorkflowService.Internal;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Process and task state changes for triggers: callback subscriptions (verified with
/// <see cref="WorkflowServiceWebhookReceiver"/>) and the checkpointed poll that is their twin. ASSUMED: OpenText
/// publishes no events feed or callback registration (Internal/AssumedRoutes); where a published list can serve, a
/// trigger should poll it instead (tasks or process instances sorted by time).
/// </summary>
public class WorkflowEventService
{
    private readonly ApiConnection _connection;

    internal WorkflowEventService(ApiConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected WorkflowEventService()
    {
        _connection = null!;
    }

    private static WorkflowServiceJsonContext Json => WorkflowServiceJsonContext.Default;

    /// <summary>Reads the events after <paramref name="afterSequence"/> (0 for the start of the log).</summary>
    /// <param name="afterSequence">The checkpoint: the <see cref="WorkflowEventBatch.LastSequence"/> of the previous poll.</param>
    /// <param name="count">The most events to return (1–500).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<WorkflowEventBatch>> GetEventsAsync(long afterSequence = 0, int count = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 500);
        return _connection.SendAsync(
            ApiRequest.Get(AssumedRoutes.Events).WithQuery("after", afterSequence).WithQuery("count", (long)count),
            Json.WorkflowEventBatch,
            cancellationToken);
    }

    /// <summary>
    /// Reads every event after <paramref name="afterSequence"/>, page by page, until the log is drained.
    /// Store the <see cref="WorkflowEvent.Sequence"/> of the last event you processed as your checkpoint;
    /// a page's continuation token is the checkpoint it was read up to.
    /// </summary>
    /// <param name="afterSequence">The checkpoint (0 for the start of the log).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<WorkflowEvent> ListEventsAsync(long afterSequence = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        return new AsyncPageable<WorkflowEvent>(async (token, pageSizeHint, pageCancellationToken) =>
        {
            var after = token is null ? afterSequence : Paging.Offset(token);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, pageCancellationToken);
            var response = await GetEventsAsync(after, Math.Clamp(pageSizeHint ?? 100, 1, 500), linked.Token).ConfigureAwait(false);
            var batch = response.Value;
            var next = batch.HasMore && batch.LastSequence > after ? batch.LastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return new Page<WorkflowEvent>(batch.Data, next, response.GetRawResponse());
        });
    }

    /// <summary>Registers a callback URL; events are posted there signed with <paramref name="secret"/>.</summary>
    /// <param name="callbackUrl">The receiver's absolute URL.</param>
    /// <param name="secret">The HMAC-SHA256 key (never returned by the service).</param>
    /// <param name="eventTypes">The event types; none for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<EventSubscription>> SubscribeAsync(Uri callbackUrl, string secret, IEnumerable<WorkflowEventType>? eventTypes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callbackUrl);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (!callbackUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The callback URL must be absolute.", nameof(callbackUrl));
        }

        var body = new SubscriptionRequest { CallbackUrl = callbackUrl.ToString(), Secret = secret, EventTypes = eventTypes?.ToArray() ?? [] };
        return _connection.SendAsync(ApiRequest.Post(AssumedRoutes.EventSubscriptions).WithJson(body, Json.SubscriptionRequest), Json.EventSubscription, cancellationToken);
    }

    /// <summary>Lists the registered subscriptions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<EventSubscription>>> ListSubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(AssumedRoutes.EventSubscriptions), Json.ListEventSubscription, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<EventSubscription>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Removes a subscription.</summary>
    /// <param name="id">The subscription id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> UnsubscribeAsync(string id, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Delete(AssumedRoutes.EventSubscription(id)), cancellationToken);
}
