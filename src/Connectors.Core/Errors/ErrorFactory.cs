namespace Connectors.Core;

/// <summary>Builds the right <see cref="ConnectorException"/> subtype for an HTTP error status.</summary>
public static class ErrorFactory
{
    /// <summary>Creates the exception that fits <paramref name="status"/>, carrying the vendor's details.</summary>
    /// <param name="system">The system.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="message">The message.</param>
    /// <param name="details">The vendor's error details.</param>
    /// <param name="retryAfter">The server's retry hint.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="body">The (truncated) body.</param>
    /// <param name="request">Method and path.</param>
    public static ConnectorException Create(
        string system,
        int status,
        string message,
        ErrorDetails? details = null,
        TimeSpan? retryAfter = null,
        string? requestId = null,
        string? body = null,
        string? request = null)
    {
        ConnectorException exception = status switch
        {
            401 => new ConnectorAuthenticationException(system, message, AuthenticationFailureReason.TokenRejected),
            403 => new ConnectorAuthenticationException(system, message, AuthenticationFailureReason.Forbidden),
            404 or 410 => new ConnectorNotFoundException(system, message),
            409 => new ConnectorConflictException(system, message),
            400 or 422 => new ConnectorValidationException(system, message),
            429 => new ConnectorRateLimitedException(system, message),
            _ => new ConnectorException(system, message),
        };
        return exception.Fill(status, details ?? ErrorDetails.None, retryAfter, requestId, body, request);
    }
}
