namespace Connectors.Scenarios.Telemetry;

/// <summary>
/// In-process notifications of each run of an event through its scenario and of each step it runs: the engine's one
/// observation point for dashboards and tests that need more than the metrics (per-step attempts and durations,
/// the exception that dead-lettered a run, runs in flight). Register any number as singletons:
/// <c>services.AddSingleton&lt;IScenarioRunObserver, MyObserver&gt;()</c>.
/// </summary>
/// <remarks>
/// The engine calls observers synchronously on its workers, from many threads at once: keep each call short and
/// thread-safe (record and return). An exception an observer throws is logged and ignored; it never changes the run.
/// Observers see only the runs of their own process: when several hosts share a store, each sees its own share.
/// With no observer registered the engine does no observation work.
/// </remarks>
public interface IScenarioRunObserver
{
    /// <summary>An event has been taken from the queue and starts through its scenario.</summary>
    /// <param name="run">The run; the same instance is passed to every later call about it.</param>
    void RunStarted(ScenarioRun run);

    /// <summary>A step (enrich, action or tap) starts, before its first attempt or before its journal says it is done.</summary>
    /// <param name="run">The run.</param>
    /// <param name="step">The step name.</param>
    void StepStarted(ScenarioRun run, string step);

    /// <summary>A step finished: completed (possibly after retries), skipped (journaled before) or failed.</summary>
    /// <param name="run">The run.</param>
    /// <param name="result">How it ended.</param>
    void StepFinished(ScenarioRun run, ScenarioStepResult result);

    /// <summary>The run ended: completed, stopped by a filter, dead-lettered, or interrupted (it will run again).</summary>
    /// <param name="run">The run.</param>
    /// <param name="result">How it ended.</param>
    void RunFinished(ScenarioRun run, ScenarioRunResult result);
}
