using Connectors.Core;
using Connectors.OpenText.WorkflowService.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Process and task state changes for triggers: callback subscriptions (verified with
/// <see cref="WorkflowEventReceiver"/>) and the checkpointed poll that is their twin.
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
            ApiRequest.Get(WorkflowServiceRoutes.Events).WithQuery("after", afterSequence).WithQuery("count", (long)count),
            Json.WorkflowEventBatch,
            cancellationToken);
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
        return _connection.SendAsync(ApiRequest.Post(WorkflowServiceRoutes.EventSubscriptions).WithJson(body, Json.SubscriptionRequest), Json.EventSubscription, cancellationToken);
    }

    /// <summary>Lists the registered subscriptions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<EventSubscription>>> ListSubscriptionsAsync(CancellationToken cancellationToken = default)
    {
        var response = await _connection.SendAsync(ApiRequest.Get(WorkflowServiceRoutes.EventSubscriptions), Json.ListEventSubscription, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<EventSubscription>>(response.Value, response.GetRawResponse());
    }

    /// <summary>Removes a subscription.</summary>
    /// <param name="id">The subscription id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> UnsubscribeAsync(string id, CancellationToken cancellationToken = default)
        => _connection.SendAsync(ApiRequest.Delete(WorkflowServiceRoutes.EventSubscription(id)), cancellationToken);
}
