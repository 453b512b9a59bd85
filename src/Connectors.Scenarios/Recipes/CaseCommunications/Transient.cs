using Connectors.Core;
using Connectors.Scenarios.Errors;

namespace Connectors.Scenarios.Recipes.CaseCommunications;

/// <summary>
/// Tells the engine which client failures are worth retrying: a <see cref="ConnectorException"/> knows whether it
/// is transient, but the engine only reads that from a <see cref="ScenarioException"/>.
/// </summary>
internal static class Transient
{
    public static async ValueTask<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.IsTransient)
        {
            throw new ScenarioException(ex.Message, isTransient: true, ex);
        }
    }

    public static async ValueTask Guard(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.IsTransient)
        {
            throw new ScenarioException(ex.Message, isTransient: true, ex);
        }
    }
}
