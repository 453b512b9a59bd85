using System.Net.Http;
using Connectors.Core;
using Connectors.Scenarios.Errors;

namespace Connectors.Scenarios;

/// <summary>The engine's default answer to "is this failure worth retrying?".</summary>
public static class TransientFailures
{
    /// <summary>
    /// <see langword="true"/> for a <see cref="ConnectorException"/> (any client's error) or a <see cref="ScenarioException"/>
    /// marked transient, timeouts, network and I/O
    /// errors, a database driver's <see cref="System.Data.Common.DbException"/> that says it is transient (a lost
    /// connection, a server restarting), and any exception exposing a <c>true</c> <c>IsTransient</c> through <see cref="ITransientFailure"/>;
    /// <see langword="false"/> for everything else (those go straight to the dead-letter store).
    /// </summary>
    /// <param name="exception">The failure.</param>
    /// <returns>Whether to retry.</returns>
    public static bool IsTransient(Exception exception) => exception switch
    {
        null => false,
        ConnectorException connector => connector.IsTransient,
        ScenarioException scenario => scenario.IsTransient,
        ITransientFailure failure => failure.IsTransient,
        System.Data.Common.DbException database => database.IsTransient,
        TimeoutException or HttpRequestException or IOException => true,
        AggregateException { InnerExceptions.Count: 1 } aggregate => IsTransient(aggregate.InnerExceptions[0]),
        _ => false,
    };
}

/// <summary>Lets an exception type say whether it is transient without the engine knowing the type.</summary>
public interface ITransientFailure
{
    /// <summary>Whether trying again later may succeed.</summary>
    bool IsTransient { get; }
}
