namespace Connectors.Scenarios;

/// <summary>Control of the hosted runner, for hosts and tests.</summary>
public interface IScenarioRunner
{
    /// <summary>Runs a poll trigger now, outside its schedule.</summary>
    /// <param name="pollerName">The poll trigger name.</param>
    /// <param name="cancellationToken">Cancels the poll.</param>
    /// <returns>How many new events were stored.</returns>
    /// <exception cref="ArgumentException">No poll trigger has that name.</exception>
    Task<int> PollAsync(string pollerName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes when every stored event has been processed (completed or dead-lettered). The runner must have been
    /// started; events it has not read yet keep it waiting.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the runner is idle.</returns>
    Task WaitForIdleAsync(CancellationToken cancellationToken = default);
}
