namespace Connectors.Core;

/// <summary>The resource does not exist (404 or 410).</summary>
public class ConnectorNotFoundException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    public ConnectorNotFoundException(string system, string message)
        : base(system, message)
    {
    }
}

/// <summary>The request conflicts with the resource's current state (409, or a lawful-transition rule).</summary>
public class ConnectorConflictException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    public ConnectorConflictException(string system, string message)
        : base(system, message)
    {
    }
}

/// <summary>The service rejected the request's content (400 or 422); see <see cref="ConnectorException.FieldErrors"/>.</summary>
public class ConnectorValidationException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    public ConnectorValidationException(string system, string message)
        : base(system, message)
    {
    }
}

/// <summary>Why authentication failed.</summary>
public enum AuthenticationFailureReason
{
    /// <summary>The service refused the credentials or token without saying more.</summary>
    Unknown,

    /// <summary>The client id, secret, API token or user credentials are wrong.</summary>
    InvalidCredentials,

    /// <summary>The tenant or store does not exist.</summary>
    UnknownTenant,

    /// <summary>The client or account is locked or disabled.</summary>
    Locked,

    /// <summary>The credentials are valid but lack the permission or scope for this call (403).</summary>
    Forbidden,

    /// <summary>The token was refused even after one refresh.</summary>
    TokenRejected,
}

/// <summary>Credentials or tokens were refused (401/403, or the token endpoint said no).</summary>
public class ConnectorAuthenticationException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="reason">Why authentication failed.</param>
    public ConnectorAuthenticationException(string system, string message, AuthenticationFailureReason reason)
        : base(system, message)
    {
        Reason = reason;
    }

    /// <summary>Why authentication failed.</summary>
    public AuthenticationFailureReason Reason { get; }
}

/// <summary>The service's rate limit was hit (429) and retries did not get through.</summary>
public class ConnectorRateLimitedException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    public ConnectorRateLimitedException(string system, string message)
        : base(system, message)
    {
    }
}

/// <summary>The call or one attempt took longer than its timeout, or the circuit is open.</summary>
public class ConnectorTimeoutException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The timeout that fired.</param>
    public ConnectorTimeoutException(string system, string message, Exception? innerException = null)
        : base(system, message, innerException)
    {
    }
}

/// <summary>The request could not be sent or the connection dropped before a response.</summary>
public class ConnectorTransportException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The network error.</param>
    public ConnectorTransportException(string system, string message, Exception? innerException = null)
        : base(system, message, innerException)
    {
    }
}

/// <summary>A response or event body could not be read: malformed JSON, a missing required field, or an oversized payload.</summary>
public class ConnectorSerializationException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The parser's error.</param>
    public ConnectorSerializationException(string system, string message, Exception? innerException = null)
        : base(system, message, innerException)
    {
    }
}
