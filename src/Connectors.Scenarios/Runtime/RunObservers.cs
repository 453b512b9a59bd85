using System.Diagnostics;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Telemetry;
using Microsoft.Extensions.Logging;

namespace Connectors.Scenarios.Runtime;

/// <summary>
/// Calls the registered <see cref="IScenarioRunObserver"/>s, each in its own try/catch so an observer's bug never
/// changes a run. With none registered, <see cref="Start"/> returns <see langword="null"/> and nothing else runs.
/// </summary>
internal sealed class RunObservers(IScenarioRunObserver[] observers, TimeProvider time, ILogger logger)
{
    public ScenarioRun? Start(QueuedEvent queued, Activity? activity)
    {
        if (observers.Length == 0)
        {
            return null;
        }

        var traceId = activity is not null ? activity.TraceId.ToHexString()
            : ActivityContext.TryParse(queued.Envelope.TraceParent, null, out var parent) ? parent.TraceId.ToHexString()
            : null;
        var run = new ScenarioRun(queued.Scenario, queued.Envelope, queued.EnqueuedAt, time.GetUtcNow(), traceId);
        Notify(run, static (o, r, _) => o.RunStarted(r), (object?)null);
        return run;
    }

    public void StepStarted(ScenarioRun? run, string step)
    {
        if (run is not null)
        {
            Notify(run, static (o, r, s) => o.StepStarted(r, s), step);
        }
    }

    public void StepFinished(ScenarioRun? run, ScenarioStepResult result)
    {
        if (run is not null)
        {
            Notify(run, static (o, r, s) => o.StepFinished(r, s), result);
        }
    }

    public void Finish(ScenarioRun? run, ScenarioRunResult result)
    {
        if (run is not null)
        {
            Notify(run, static (o, r, s) => o.RunFinished(r, s), result);
        }
    }

    private void Notify<TState>(ScenarioRun run, Action<IScenarioRunObserver, ScenarioRun, TState> call, TState state)
    {
        foreach (var observer in observers)
        {
            try
            {
                call(observer, run, state);
            }
            catch (Exception ex)
            {
                Log.ObserverFailed(logger, ex, observer.GetType().Name, run.Scenario, run.Envelope.Id);
            }
        }
    }
}
