using Connectors.Core;
using Connectors.Scenarios;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>
/// Wraps a step so a client failure the client marks transient (<see cref="ConnectorException.IsTransient"/>: 5xx,
/// 429, timeouts) is retried by the engine, which only knows <see cref="ScenarioException"/> and
/// <see cref="ITransientFailure"/>; permanent failures pass unchanged and are dead-lettered.
/// </summary>
public static class Retryable
{
    /// <summary>Wraps an effect.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="action">The effect.</param>
    public static Func<T, StepContext, CancellationToken, ValueTask> Step<T>(Func<T, StepContext, CancellationToken, ValueTask> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return async (value, step, ct) =>
        {
            try
            {
                await action(value, step, ct).ConfigureAwait(false);
            }
            catch (ConnectorException ex) when (ex.IsTransient)
            {
                throw Transient(step, ex);
            }
        };
    }

    /// <summary>Wraps an effect or a read that yields a result.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="action">The effect or read.</param>
    public static Func<T, StepContext, CancellationToken, ValueTask<TResult>> Step<T, TResult>(Func<T, StepContext, CancellationToken, ValueTask<TResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return async (value, step, ct) =>
        {
            try
            {
                return await action(value, step, ct).ConfigureAwait(false);
            }
            catch (ConnectorException ex) when (ex.IsTransient)
            {
                throw Transient(step, ex);
            }
        };
    }

    private static ScenarioException Transient(StepContext step, ConnectorException ex)
        => new($"Step '{step.Step}' of {step.Scenario} failed transiently: {ex.Message}", isTransient: true, ex);
}
