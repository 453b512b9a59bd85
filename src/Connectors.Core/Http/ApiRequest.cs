using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.Core;

/// <summary>
/// One request to a service, described before it is sent: method, relative path, query, body and
/// whether it may be retried. Built fluently: <c>ApiRequest.Get("v2/orders").WithQuery("page", 2)</c>.
/// </summary>
public sealed class ApiRequest
{
    private readonly List<KeyValuePair<string, string>> _query = [];
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private Func<HttpContent>? _content;

    private ApiRequest(HttpMethod method, string path)
    {
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

    /// <summary>Adds a query parameter; a <c>null</c> value is skipped.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public ApiRequest WithQuery(string name, string? value)
    {
        if (value is not null)
        {
            _query.Add(new(name, value));
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
        _headers.Add(new(name, value));
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
        _content = () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return content;
        };
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

    /// <summary>Sets a raw body. The factory is called once per attempt, so a retried request gets fresh content.</summary>
    /// <param name="content">Creates the content.</param>
    public ApiRequest WithContent(Func<HttpContent> content)
    {
        _content = content;
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
            if (_query.Count == 0)
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

    internal HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, new Uri(PathAndQuery, UriKind.Relative));
        foreach (var (key, value) in _headers)
        {
            message.Headers.TryAddWithoutValidation(key, value);
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
