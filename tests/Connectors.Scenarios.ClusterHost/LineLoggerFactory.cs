using Microsoft.Extensions.Logging;

namespace Connectors.Scenarios.ClusterHost;

/// <summary>Prints the runner's warnings and errors as "log: ..." lines, which the cluster tests read.</summary>
internal sealed class LineLoggerFactory : ILoggerFactory, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.WriteLine($"log: {logLevel} {formatter(state, exception)} {exception?.GetType().Name}");
        }
    }
}
