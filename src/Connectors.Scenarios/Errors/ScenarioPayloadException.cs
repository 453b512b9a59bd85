namespace Connectors.Scenarios.Errors;

/// <summary>An event payload could not be read as the type its trigger declares. Never transient.</summary>
public sealed class ScenarioPayloadException : ScenarioException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong with the payload.</param>
    /// <param name="jsonPath">JSON path of the offending value, when known.</param>
    /// <param name="innerException">The parser error.</param>
    public ScenarioPayloadException(string message, string? jsonPath, Exception? innerException)
        : base(message, isTransient: false, innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>JSON path of the offending value, when known.</summary>
    public string? JsonPath { get; }
}
