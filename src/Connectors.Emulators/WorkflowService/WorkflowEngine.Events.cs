namespace Connectors.Emulators.WorkflowService;

/// <summary>Callback subscriptions and the event log.</summary>
public sealed partial class WorkflowEngine
{
    internal EventSubscription Subscribe(Uri callbackUrl, string secret, IReadOnlyList<string> eventTypes)
    {
        lock (_gate)
        {
            var subscription = new EventSubscription(NewId(), callbackUrl, secret, eventTypes, Now);
            _subscriptions.Add(subscription);
            return subscription;
        }
    }

    internal void Unsubscribe(string id)
    {
        lock (_gate)
        {
            if (_subscriptions.RemoveAll(s => s.Id == id) == 0)
            {
                throw WorkflowApiException.NotFound($"Could not find an event subscription with id '{id}'.");
            }
        }
    }

    internal IReadOnlyList<WorkflowEvent> EventsAfter(long sequence)
    {
        lock (_gate)
        {
            return _events.Where(e => e.Sequence > sequence).ToArray();
        }
    }
}
