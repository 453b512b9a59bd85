using Connectors.Core;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// The Exstream engine could not produce an on-demand communication: the service answered with its engine error shape
/// <c>{ "status": "error", "data": [ { "errorMessage", "statusCode", "engineOutputContext" } ] }</c> (on an HTTP error,
/// or on a 2xx whose <c>status</c> is not <c>success</c>). <see cref="EngineErrors"/> holds every reported failure;
/// <see cref="ConnectorException.ErrorCode"/> is the first engine <c>statusCode</c>. Transient only when every engine
/// status is (5xx, 408, 429), or, without engine statuses, when the HTTP status is.
/// </summary>
public class ExstreamEngineException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="engineErrors">The engine's failures.</param>
    /// <param name="innerException">The HTTP error it was read from, if any.</param>
    public ExstreamEngineException(string system, string message, IReadOnlyList<EngineError> engineErrors, Exception? innerException = null)
        : base(system, message, innerException)
    {
        ArgumentNullException.ThrowIfNull(engineErrors);
        EngineErrors = engineErrors;
    }

    /// <summary>Every failure the engine reported, in order.</summary>
    public IReadOnlyList<EngineError> EngineErrors { get; }
}
