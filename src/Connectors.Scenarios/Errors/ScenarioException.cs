namespace Connectors.Scenarios.Errors;

/// <summary>
/// Base error of the scenarios engine. Steps may throw it to say whether a failure is worth retrying:
/// a transient one is retried with backoff, any other goes straight to the dead-letter store.
/// </summary>
public class ScenarioException : Exception
{
    /// <summary>Creates a permanent scenario error.</summary>
    public ScenarioException()
        : this("A scenario step failed.")
    {
    }

    /// <summary>Creates a permanent scenario error.</summary>
    /// <param name="message">What went wrong.</param>
    public ScenarioException(string message)
        : this(message, isTransient: false, innerException: null)
    {
    }

    /// <summary>Creates a permanent scenario error wrapping a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception? innerException)
        : this(message, isTransient: false, innerException)
    {
    }

    /// <summary>Creates a scenario error.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="isTransient">Whether trying again later may succeed.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>Whether trying again later may succeed.</summary>
    public bool IsTransient { get; }
}
