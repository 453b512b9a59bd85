using System.Net.Http.Headers;
using System.Text;

namespace Connectors.Core;

/// <summary>
/// The raw facts of an HTTP response: status, headers and request id. The body has already been read: typed calls
/// leave <see cref="Content"/> empty (the value is on <see cref="Response{T}"/>); the protocol-level
/// <c>client.SendAsync(request)</c> keeps the body bytes in <see cref="Content"/>.
/// </summary>
public class Response
{
    /// <summary>Creates a response.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">The response headers (content headers included).</param>
    /// <param name="requestId">The request id the service returned, if any.</param>
    public Response(int status, IReadOnlyDictionary<string, string> headers, string? requestId)
        : this(status, headers, requestId, ReadOnlyMemory<byte>.Empty)
    {
    }

    /// <summary>Creates a response that carries its body.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="headers">The response headers (content headers included).</param>
    /// <param name="requestId">The request id the service returned, if any.</param>
    /// <param name="content">The body bytes.</param>
    public Response(int status, IReadOnlyDictionary<string, string> headers, string? requestId, ReadOnlyMemory<byte> content)
    {
        Status = status;
        Headers = headers;
        RequestId = requestId;
        Content = content;
    }

    /// <summary>For mocking.</summary>
    protected Response()
        : this(200, new Dictionary<string, string>(), null)
    {
    }

    /// <summary>The HTTP status.</summary>
    public virtual int Status { get; }

    /// <summary>The response headers, case-insensitive, multi-valued headers joined with a comma.</summary>
    public virtual IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The request id the service returned, if any.</summary>
    public virtual string? RequestId { get; }

    /// <summary>The body bytes, for responses read by the protocol-level <c>SendAsync(request)</c>; empty otherwise.</summary>
    public virtual ReadOnlyMemory<byte> Content { get; }

    /// <summary>The body as UTF-8 text (empty when there is none).</summary>
    public string ContentAsString() => Encoding.UTF8.GetString(Content.Span);

    /// <summary>Creates a response for tests and mocks.</summary>
    /// <param name="status">The status.</param>
    /// <param name="headers">Optional headers.</param>
    /// <param name="content">An optional body.</param>
    public static Response Create(int status = 200, IReadOnlyDictionary<string, string>? headers = null, ReadOnlyMemory<byte> content = default)
        => new(status, headers ?? new Dictionary<string, string>(), null, content);

    internal static Response From(HttpResponseMessage message, string? requestId, ReadOnlyMemory<byte> content = default)
        => new((int)message.StatusCode, new ResponseHeaders(message.Headers, message.Content.Headers), requestId, content);

    internal static Dictionary<string, string> CopyHeaders(HttpResponseHeaders headers, HttpContentHeaders? content)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in headers)
        {
            result[key] = string.Join(",", values);
        }

        if (content is not null)
        {
            foreach (var (key, values) in content)
            {
                result[key] = string.Join(",", values);
            }
        }

        return result;
    }
}

/// <summary>A typed result plus the raw response it came from.</summary>
/// <typeparam name="T">The result type.</typeparam>
public class Response<T>
{
    private readonly Response _raw;

    /// <summary>Creates a response.</summary>
    /// <param name="value">The deserialized value.</param>
    /// <param name="raw">The raw response.</param>
    public Response(T value, Response raw)
    {
        Value = value;
        _raw = raw;
    }

    /// <summary>For mocking.</summary>
    protected Response()
    {
        Value = default!;
        _raw = Response.Create();
    }

    /// <summary>The deserialized value.</summary>
    public virtual T Value { get; }

    /// <summary>The raw response: status, headers, request id.</summary>
    public virtual Response GetRawResponse() => _raw;

    /// <summary>Reads the value.</summary>
    /// <param name="response">The response.</param>
    public static implicit operator T(Response<T> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Value;
    }

    /// <summary>Reads the value (the named alternative to the implicit conversion).</summary>
    public T ToT() => Value;
}

/// <summary>Builds <see cref="Response{T}"/> values for tests and mocks.</summary>
public static class ResponseFactory
{
    /// <summary>Wraps a value in a 200 response.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="status">The status.</param>
    public static Response<T> FromValue<T>(T value, int status = 200) => new(value, Response.Create(status));
}
