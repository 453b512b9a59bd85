using Microsoft.Extensions.Logging;

namespace Connectors.Scenarios.Telemetry;

/// <summary>Source-generated log messages. Payloads are never logged: only ids, names and error text.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Event {EventId} ({EventType}) completed in scenario {Scenario}")]
    public static partial void EventCompleted(ILogger logger, string scenario, string eventId, string eventType);

    [LoggerMessage(2, LogLevel.Debug, "Event {EventId} stopped by {Stage} in scenario {Scenario}")]
    public static partial void EventFiltered(ILogger logger, string scenario, string eventId, string stage);

    [LoggerMessage(3, LogLevel.Debug, "Step {Step} of scenario {Scenario} retried (attempt {Attempt}) for event {EventId}")]
    public static partial void StepRetried(ILogger logger, string scenario, string step, int attempt, string eventId);

    [LoggerMessage(4, LogLevel.Debug, "Step {Step} of scenario {Scenario} already completed for its key; skipped for event {EventId}")]
    public static partial void StepSkipped(ILogger logger, string scenario, string step, string eventId);

    [LoggerMessage(5, LogLevel.Error, "Event {EventId} ({EventType}) dead-lettered as {DeadLetterId}: step {Step} of scenario {Scenario} failed after {Attempts} attempt(s) with {ErrorType}: {ErrorMessage}")]
    public static partial void EventDeadLettered(ILogger logger, string scenario, string eventId, string eventType, string deadLetterId, string step, int attempts, string errorType, string errorMessage);

    [LoggerMessage(6, LogLevel.Warning, "Tap {Step} of scenario {Scenario} failed for event {EventId}; ignored")]
    public static partial void TapFailed(ILogger logger, Exception exception, string scenario, string step, string eventId);

    [LoggerMessage(7, LogLevel.Warning, "The scenario store failed while processing event {EventId} of scenario {Scenario}; trying again in {Delay}")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string scenario, string eventId, TimeSpan delay);

    [LoggerMessage(8, LogLevel.Warning, "Poller {Poller} failed; it runs again in {Interval}")]
    public static partial void PollFailed(ILogger logger, Exception exception, string poller, TimeSpan interval);

    [LoggerMessage(9, LogLevel.Debug, "Poller {Poller} stored {Accepted} new event(s); checkpoint {Checkpoint}")]
    public static partial void Polled(ILogger logger, string poller, int accepted, string? checkpoint);

    [LoggerMessage(10, LogLevel.Debug, "Event {EventId} ({EventSource}/{EventType}) matches no scenario; dropped")]
    public static partial void EventUnrouted(ILogger logger, string eventId, string eventSource, string eventType);

    [LoggerMessage(11, LogLevel.Information, "Scenario runner started: {ScenarioCount} scenario(s), {PollerCount} poller(s), concurrency {Concurrency}")]
    public static partial void RunnerStarted(ILogger logger, int scenarioCount, int pollerCount, int concurrency);

    [LoggerMessage(12, LogLevel.Warning, "The scenario store failed while reading the queue; trying again in {Delay}")]
    public static partial void FetchFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(13, LogLevel.Information, "Replayed {Count} dead letter(s)")]
    public static partial void Replayed(ILogger logger, int count);

    [LoggerMessage(14, LogLevel.Warning, "Purging the scenario store failed")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(15, LogLevel.Warning, "Run observer {Observer} failed for event {EventId} of scenario {Scenario}; ignored")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string observer, string scenario, string eventId);

    [LoggerMessage(16, LogLevel.Warning, "Host {HostId} lost its claim on event {EventId} of scenario {Scenario} (another host may run it); given back")]
    public static partial void ClaimLost(ILogger logger, string hostId, string scenario, string eventId);

    [LoggerMessage(17, LogLevel.Warning, "Renewing the claims of host {HostId} failed; trying again soon")]
    public static partial void RenewFailed(ILogger logger, Exception exception, string hostId);

    [LoggerMessage(18, LogLevel.Warning, "Watching the scenario store for work failed; trying again in {Delay}")]
    public static partial void WatchFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(19, LogLevel.Warning, "Giving back the claims of host {HostId} failed; they are taken over when their lease runs out")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string hostId);
}
