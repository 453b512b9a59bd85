namespace Connectors.Scenarios.Errors;

/// <summary>An envelope was refused at the inbox: a required field is missing or the payload is too large.</summary>
public sealed class ScenarioEnvelopeException : ScenarioException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">Why the envelope was refused.</param>
    public ScenarioEnvelopeException(string message)
        : base(message)
    {
    }
}
