using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Storage;

namespace Connectors.Scenarios.Building;

/// <summary>
/// Builds a scenario step by step; each call returns the builder for the next step, typed by what flows there:
/// <c>From(trigger).Where(..).Enrich(..).Map(..).Then(..)</c>.
/// </summary>
/// <typeparam name="T">The value that flows into the next step.</typeparam>
public sealed class ScenarioBuilder<T> : ScenarioPipeline
{
    private readonly Stage<T> _stage;

    internal ScenarioBuilder(ScenarioDefinition definition, Stage<T> stage)
        : base(definition)
    {
        _stage = stage;
    }

    /// <summary>Keeps only the events for which <paramref name="predicate"/> is true; the others complete without effect.</summary>
    /// <param name="predicate">The filter. It must be a pure function of the value.</param>
    /// <returns>The builder for the next step.</returns>
    public ScenarioBuilder<T> Where(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var name = Definition.AddAnonymousStep("where");
        var previous = _stage;
        return Next<T>(async context =>
        {
            var flow = await previous(context).ConfigureAwait(false);
            if (!flow.Passed)
            {
                return flow;
            }

            if (Pure(context, name, predicate, flow.Value))
            {
                return flow;
            }

            context.StoppedBy = name;
            return Flow<T>.Stop;
        });
    }

    /// <summary>Transforms the value; for example from the trigger payload to the model of the system you write to.</summary>
    /// <typeparam name="TOut">The new value type.</typeparam>
    /// <param name="map">The mapping. It must be a pure function of the value.</param>
    /// <returns>The builder for the next step.</returns>
    public ScenarioBuilder<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var name = Definition.AddAnonymousStep("map");
        var previous = _stage;
        return Next<TOut>(async context =>
        {
            var flow = await previous(context).ConfigureAwait(false);
            return flow.Passed ? Flow<TOut>.Pass(Pure(context, name, map, flow.Value)) : Flow<TOut>.Stop;
        });
    }

    /// <summary>
    /// Adds data the event does not carry by reading another system (for example the full order). Reads are
    /// retried when they fail transiently and are not journaled: they run again after a crash.
    /// </summary>
    /// <typeparam name="TOut">The enriched value type.</typeparam>
    /// <param name="name">The step name (unique in the scenario), used in traces and dead letters.</param>
    /// <param name="enrich">The read.</param>
    /// <returns>The builder for the next step.</returns>
    public ScenarioBuilder<TOut> Enrich<TOut>(string name, Func<T, StepContext, CancellationToken, ValueTask<TOut>> enrich)
    {
        ArgumentNullException.ThrowIfNull(enrich);
        Definition.AddStep(name);
        var previous = _stage;
        return Next<TOut>(async context =>
        {
            var flow = await previous(context).ConfigureAwait(false);
            if (!flow.Passed)
            {
                return Flow<TOut>.Stop;
            }

            var value = await context.Steps.ExecuteAsync(context, name, key: null, flow.Value, enrich).ConfigureAwait(false);
            return Flow<TOut>.Pass(value);
        });
    }

    /// <summary>
    /// Performs an effect once per <paramref name="key"/>: when the step has already completed for that key
    /// (duplicate delivery, replay, restart after a crash) it is skipped. Transient failures are retried with
    /// backoff; a permanent failure sends the event to the dead-letter store.
    /// </summary>
    /// <param name="name">The step name (unique in the scenario); completions are journaled under it.</param>
    /// <param name="key">The idempotency key of the effect, for example store + order id + exception kind.</param>
    /// <param name="action">The effect. Pass <see cref="StepContext.IdempotencyKey"/> to the vendor when it accepts one.</param>
    /// <returns>The builder for the next step, with the same value.</returns>
    public ScenarioBuilder<T> Then(string name, Func<T, string> key, Func<T, StepContext, CancellationToken, ValueTask> action)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(action);
        Definition.AddStep(name);
        var previous = _stage;
        var effect = new Func<T, StepContext, CancellationToken, ValueTask<T>>(async (value, step, cancellationToken) =>
        {
            await action(value, step, cancellationToken).ConfigureAwait(false);
            return value;
        });

        return Next<T>(async context =>
        {
            var flow = await previous(context).ConfigureAwait(false);
            if (!flow.Passed)
            {
                return flow;
            }

            var stepKey = Key(context, name, key, flow.Value);
            await context.Steps.ExecuteOnceAsync(context, name, stepKey, flow.Value, effect, static _ => null, static (input, _) => input).ConfigureAwait(false);
            return flow;
        });
    }

    /// <summary>
    /// Performs an effect once per <paramref name="key"/> and passes its result on (for example the id of the
    /// created case, for a flow-back step). The result is journaled, so a skipped step still yields it.
    /// </summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">The step name (unique in the scenario); completions are journaled under it.</param>
    /// <param name="key">The idempotency key of the effect.</param>
    /// <param name="action">The effect.</param>
    /// <param name="result">Source-generated JSON metadata used to journal the result.</param>
    /// <returns>The builder for the next step, with the result.</returns>
    public ScenarioBuilder<TResult> Then<TResult>(string name, Func<T, string> key, Func<T, StepContext, CancellationToken, ValueTask<TResult>> action, JsonTypeInfo<TResult> result)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(result);
        Definition.AddStep(name);
        var previous = _stage;
        var scenario = Definition.Name;
        Func<TResult, string?> write = value => JsonSerializer.Serialize(value, result);
        Func<T, StepCompletion, TResult> read = (_, completion) =>
        {
            try
            {
                return JsonSerializer.Deserialize(completion.Output ?? "null", result)!;
            }
            catch (JsonException ex)
            {
                throw new ScenarioStepException(scenario, name, 0, new ScenarioException($"The journaled result of step '{name}' for key '{completion.Key}' cannot be read: {ex.Message}", ex));
            }
        };

        return Next<TResult>(async context =>
        {
            var flow = await previous(context).ConfigureAwait(false);
            if (!flow.Passed)
            {
                return Flow<TResult>.Stop;
            }

            var stepKey = Key(context, name, key, flow.Value);
            var value = await context.Steps.ExecuteOnceAsync(context, name, stepKey, flow.Value, action, write, read).ConfigureAwait(false);
            return Flow<TResult>.Pass(value);
        });
    }

    /// <summary>
    /// Wire tap: hands the value to a side observer (audit, metrics, a copy to another system). A failing tap is
    /// logged and ignored; it is neither retried nor journaled.
    /// </summary>
    /// <param name="name">The step name (unique in the scenario).</param>
    /// <param name="tap">The observer.</param>
    /// <returns>The builder for the next step, with the same value.</returns>
    public ScenarioBuilder<T> Tap(string name, Func<T, StepContext, CancellationToken, ValueTask> tap)
    {
        ArgumentNullException.ThrowIfNull(tap);
        Definition.AddStep(name);
        var previous = _stage;
        return Next<T>(async context =>
        {
            var flow = await previous(context).ConfigureAwait(false);
            if (flow.Passed)
            {
                await context.Steps.TapAsync(context, name, flow.Value, tap).ConfigureAwait(false);
            }

            return flow;
        });
    }

    /// <summary>
    /// Content-based router: the first branch whose condition holds runs the rest of the scenario; when none
    /// holds and there is no <see cref="RouteBuilder{T}.Otherwise"/>, the event completes without effect.
    /// </summary>
    /// <param name="routes">Declares the branches.</param>
    /// <returns>The complete scenario.</returns>
    public ScenarioPipeline Route(Action<RouteBuilder<T>> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var builder = new RouteBuilder<T>(Definition);
        routes(builder);
        var branches = builder.Build();
        var name = Definition.AddAnonymousStep("route");
        var previous = _stage;
        return Next<bool>(async context =>
        {
            var flow = await previous(context).ConfigureAwait(false);
            if (!flow.Passed)
            {
                return Flow<bool>.Stop;
            }

            foreach (var (condition, branch) in branches)
            {
                if (!Pure(context, name, condition, flow.Value))
                {
                    continue;
                }

                var saved = context.RouteInput;
                context.RouteInput = flow.Value;
                try
                {
                    return await branch.RunAsync(context).ConfigureAwait(false) ? Flow<bool>.Pass(true) : Flow<bool>.Stop;
                }
                finally
                {
                    context.RouteInput = saved;
                }
            }

            context.StoppedBy = name;
            return Flow<bool>.Stop;
        });
    }

    internal static ScenarioBuilder<T> BranchEntry(ScenarioDefinition definition)
        => new(definition, static context => ValueTask.FromResult(Flow<T>.Pass((T)context.RouteInput!)));

    internal override async ValueTask<bool> RunAsync(RunContext context)
        => (await _stage(context).ConfigureAwait(false)).Passed;

    private static TResult Pure<TResult>(RunContext context, string name, Func<T, TResult> function, T value)
    {
        try
        {
            return function(value);
        }
        catch (Exception ex)
        {
            throw new ScenarioStepException(context.Scenario, name, 1, ex);
        }
    }

    private static string Key(RunContext context, string name, Func<T, string> key, T value)
    {
        var result = Pure(context, name, key, value);
        return string.IsNullOrEmpty(result)
            ? throw new ScenarioStepException(context.Scenario, name, 1, new ScenarioException($"Step '{name}' produced an empty idempotency key."))
            : result;
    }

    private ScenarioBuilder<TNext> Next<TNext>(Stage<TNext> stage) => new(Definition, stage);
}
