using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.Core;

/// <summary>
/// One request to a service, described before it is sent: method, relative path, query, body and
/// whether it may be retried. Built fluently: <c>ApiRequest.Get("v2/orders").WithQuery("page", 2)</c>.
/// </summary>
public sealed class ApiRequest
{
    // created on first use: most requests carry no query or no extra header
    private List<KeyValuePair<string, string>>? _query;
    private List<KeyValuePair<string, string>>? _headers;
    private Func<HttpContent>? _content;

    private ApiRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith('/') || path.StartsWith('\\') || path.Contains("://", StringComparison.Ordinal))
        {
            // An absolute or network-path reference would send the client's credentials to another host.
            throw new ArgumentException($"The path '{path}' must be relative to the client's base address (no scheme, no leading slash).", nameof(path));
        }

        Method = method;
        Path = path;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path relative to the client's base address (no leading slash).</summary>
    public string Path { get; }

    /// <summary>Whether the request may be retried after a failure that might have reached the server.</summary>
    public bool IsIdempotent { get; private set; }

    /// <summary>A GET request.</summary>
    /// <param name="path">The relative path.</param>
    public static ApiRequest Get(string path) => new(HttpMethod.Get, path);

    /// <summary>A POST request (not retried unless <see cref="MarkIdempotent"/> is called).</summary>
    /// <param name="path">The relative path.</param>
    public static ApiRequest Post(string path) => new(HttpMethod.Post, path);

    /// <summary>A PUT request.</summary>
    /// <param name="path">The relative path.</param>
    public static ApiRequest Put(string path) => new(HttpMethod.Put, path);

    /// <summary>A PATCH request (not retried unless <see cref="MarkIdempotent"/> is called).</summary>
    /// <param name="path">The relative path.</param>
    public static ApiRequest Patch(string path) => new(HttpMethod.Patch, path);

    /// <summary>A DELETE request.</summary>
    /// <param name="path">The relative path.</param>
    public static ApiRequest Delete(string path) => new(HttpMethod.Delete, path);

    /// <summary>
    /// A request with any method, for the protocol-level escape hatch (<c>client.SendAsync(request, …)</c>). Not retried
    /// after a failure that may have reached the server unless the method is GET, HEAD, PUT, DELETE or OPTIONS, or
    /// <see cref="MarkIdempotent"/> is called.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the client's base address (no leading slash); may carry a query string.</param>
    /// <exception cref="ArgumentException">The path is absolute or starts with a slash.</exception>
    public static ApiRequest Create(HttpMethod method, string path) => new(method, path);

    /// <summary>Adds a query parameter; a <c>null</c> value is skipped.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public ApiRequest WithQuery(string name, string? value)
    {
        if (value is not null)
        {
            (_query ??= []).Add(new(name, value));
        }

        return this;
    }

    /// <summary>Adds a numeric query parameter; a <c>null</c> value is skipped.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public ApiRequest WithQuery(string name, long? value)
        => WithQuery(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean query parameter (<c>true</c>/<c>false</c>); a <c>null</c> value is skipped.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public ApiRequest WithQuery(string name, bool? value)
        => WithQuery(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds a date query parameter in ISO 8601 (UTC); a <c>null</c> value is skipped.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public ApiRequest WithQuery(string name, DateTimeOffset? value)
        => WithQuery(name, value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>Adds a request header.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public ApiRequest WithHeader(string name, string value)
    {
        (_headers ??= []).Add(new(name, value));
        return this;
    }

    /// <summary>Carries the flow's correlation id; sent as <c>X-Correlation-ID</c> and tagged on the span.</summary>
    /// <param name="correlationId">The correlation id; <c>null</c> leaves the request unchanged.</param>
    public ApiRequest WithCorrelationId(string? correlationId)
    {
        CorrelationId = correlationId;
        return this;
    }

    /// <summary>The flow's correlation id, if set.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>Sets a JSON body serialized with source-generated metadata.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="body">The body.</param>
    /// <param name="typeInfo">The source-generated metadata.</param>
    public ApiRequest WithJson<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        _content = () => JsonContent(bytes);
        return this;
    }

    /// <summary>Sets a JSON body from UTF-8 bytes the caller already has (sent as they are, <c>application/json</c>).</summary>
    /// <param name="utf8Json">The JSON text as UTF-8; copied, so the caller may reuse the buffer.</param>
    public ApiRequest WithJson(ReadOnlyMemory<byte> utf8Json)
    {
        var bytes = utf8Json.ToArray();
        _content = () => JsonContent(bytes);
        return this;
    }

    /// <summary>Sets a JSON body from a <see cref="JsonNode"/> (for shapes the SDK does not model).</summary>
    /// <param name="json">The body.</param>
    public ApiRequest WithJson(JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());
        _content = () => JsonContent(bytes);
        return this;
    }

    /// <summary>Sets a form-encoded body.</summary>
    /// <param name="fields">The fields.</param>
    public ApiRequest WithForm(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var copy = fields.ToArray();
        _content = () => new FormUrlEncodedContent(copy);
        return this;
    }

    /// <summary>Sets a raw body. The factory is called when the request is sent; a retry resends the same content.</summary>
    /// <param name="content">Creates the content.</param>
    public ApiRequest WithContent(Func<HttpContent> content)
    {
        _content = content;
        return this;
    }

    /// <summary>
    /// Sets a streamed body (uploads), sent as it is read. A retry sends the same content again: a seekable stream
    /// (file, memory) is rewound to where it started; a non-seekable one cannot be resent, so send those with POST
    /// (not retried) or buffer them first.
    /// </summary>
    /// <param name="content">The body; disposed with the request.</param>
    /// <param name="contentType">The media type, e.g. <c>application/pdf</c>.</param>
    public ApiRequest WithStream(Stream content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        var mediaType = MediaTypeHeaderValue.Parse(contentType);
        _content = () => new StreamContent(content) { Headers = { ContentType = mediaType } };
        return this;
    }

    /// <summary>
    /// Marks the request safe to retry: use it for a POST the API makes idempotent (for instance with an
    /// idempotency key fixed before the first attempt).
    /// </summary>
    public ApiRequest MarkIdempotent()
    {
        IsIdempotent = true;
        return this;
    }

    /// <summary>The path and query string, as sent.</summary>
    public string PathAndQuery
    {
        get
        {
            if (_query is not { Count: > 0 })
            {
                return Path;
            }

            var builder = new StringBuilder(Path).Append(Path.Contains('?', StringComparison.Ordinal) ? '&' : '?');
            for (var i = 0; i < _query.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('&');
                }

                builder.Append(Uri.EscapeDataString(_query[i].Key)).Append('=').Append(Uri.EscapeDataString(_query[i].Value));
            }

            return builder.ToString();
        }
    }

    private static ByteArrayContent JsonContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    internal ConnectorRequestMessage ToMessage()
    {
        var message = new ConnectorRequestMessage(Method, new Uri(PathAndQuery, UriKind.Relative));
        if (_headers is not null)
        {
            foreach (var (key, value) in _headers)
            {
                message.Headers.TryAddWithoutValidation(key, value);
            }
        }

        if (_content is not null)
        {
            message.Content = _content();
        }

        if (CorrelationId is not null)
        {
            message.Options.Set(ConnectorRequestOptions.CorrelationId, CorrelationId);
        }

        if (IsIdempotent)
        {
            message.Options.Set(ConnectorRequestOptions.Idempotent, true);
        }

        return message;
    }
}
