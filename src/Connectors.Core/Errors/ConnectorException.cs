using System.Net;

namespace Connectors.Core;

/// <summary>
/// The root of every error a Connectors client throws: the service answered with an error, the
/// request could not be sent, the response could not be read, or the call timed out.
/// </summary>
public class ConnectorException : Exception
{
    private int? _status;
    private string? _errorCode;
    private string? _vendorMessage;
    private IReadOnlyList<FieldError> _fieldErrors = [];
    private string? _requestId;
    private string? _correlationId;
    private string? _request;
    private bool _isTransient;
    private TimeSpan? _retryAfter;
    private string? _responseBody;

    /// <summary>Creates an error.</summary>
    /// <param name="system">The system the call went to (e.g. <c>BigCommerce</c>).</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ConnectorException(string system, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        System = system;
    }

    /// <summary>Creates an error with no system (for serializers and mocks).</summary>
    public ConnectorException()
        : this("Unknown", "A connector call failed.")
    {
    }

    /// <summary>Creates an error with a message and no system.</summary>
    /// <param name="message">What went wrong.</param>
    public ConnectorException(string message)
        : this("Unknown", message)
    {
    }

    /// <summary>Creates an error with a message, an inner exception and no system.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public ConnectorException(string message, Exception innerException)
        : this("Unknown", message, innerException)
    {
    }

    /// <summary>The system the call went to, e.g. <c>BigCommerce</c> or <c>OpenText.CoreCase</c>.</summary>
    public string System { get; }

    /// <summary>The HTTP status, or <c>null</c> when no response was received.</summary>
    public int? Status { get => _status; init => _status = value; }

    /// <summary>The vendor's error code, if the body carried one.</summary>
    public string? ErrorCode { get => _errorCode; init => _errorCode = value; }

    /// <summary>The vendor's own message, if the body carried one.</summary>
    public string? VendorMessage { get => _vendorMessage; init => _vendorMessage = value; }

    /// <summary>Per-field validation errors reported by the service.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get => _fieldErrors; init => _fieldErrors = value; }

    /// <summary>The request id the service returned (or the one the client sent), for support tickets.</summary>
    public string? RequestId { get => _requestId; init => _requestId = value; }

    /// <summary>The correlation id of the flow this call belonged to, if known.</summary>
    public string? CorrelationId { get => _correlationId; init => _correlationId = value; }

    /// <summary>The HTTP method and path (no query string, no secrets) of the failed request.</summary>
    public string? Request { get => _request; init => _request = value; }

    /// <summary>Whether trying again later may succeed (429, 5xx, timeouts, dropped connections).</summary>
    public bool IsTransient { get => _isTransient; init => _isTransient = value; }

    /// <summary>How long the service asked the caller to wait, when it said so.</summary>
    public TimeSpan? RetryAfter { get => _retryAfter; init => _retryAfter = value; }

    /// <summary>The first few KB of the error body, for diagnostics. Never contains request headers.</summary>
    public string? ResponseBody { get => _responseBody; init => _responseBody = value; }

    /// <summary>Whether a status is worth retrying later.</summary>
    /// <param name="status">The HTTP status.</param>
    public static bool IsTransientStatus(int status)
        => status is (int)HttpStatusCode.RequestTimeout or 429 or >= 500 and not 501 and not 505;

    internal ConnectorException Fill(int status, ErrorDetails details, TimeSpan? retryAfter, string? requestId, string? body, string? request)
    {
        _status = status;
        _errorCode = details.ErrorCode;
        _vendorMessage = details.Message;
        _fieldErrors = details.FieldErrors ?? [];
        _retryAfter = retryAfter;
        _requestId = requestId;
        _responseBody = body;
        _request = request;
        _isTransient = IsTransientStatus(status);
        return this;
    }
}
