using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Connectors.Core;

/// <summary>
/// Sends <see cref="ApiRequest"/>s through a configured <see cref="HttpClient"/> (auth, pacing, retry and
/// telemetry live in its handlers), maps every failure to the <see cref="ConnectorException"/> family and
/// reads JSON bodies with source-generated metadata. Every client's resource services use one.
/// </summary>
public class ApiConnection
{
    private readonly HttpClient _http;
    private readonly ApiConnectionOptions _options;
    private readonly ResponseReadMode _parsed;
    private readonly ResponseReadMode _kept;
    private readonly ResponseReadMode _streamed;

    /// <summary>Creates a connection.</summary>
    /// <param name="http">A client whose base address ends with a slash; built by <c>IHttpClientFactory</c>.</param>
    /// <param name="options">The system's name and error parser.</param>
    public ApiConnection(HttpClient http, ApiConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _parsed = new(options.MaxResponseBytes, Streamed: false, Pooled: true);
        _kept = new(options.MaxResponseBytes, Streamed: false, Pooled: false);
        _streamed = new(options.MaxResponseBytes, Streamed: true, Pooled: false);
    }

    /// <summary>For mocking.</summary>
    protected ApiConnection()
    {
        _http = null!;
        _options = null!;
        _parsed = _kept = _streamed = null!;
    }

    /// <summary>The system this connection talks to.</summary>
    public virtual string System => _options.System;

    /// <summary>Sends a request and reads a JSON body.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<T>> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        => SendCoreAsync(request, typeInfo, allowEmpty: false, cancellationToken)!; // never null without allowEmpty

    /// <summary>Sends a request whose success may have no body (e.g. 204); the value is then <c>default</c>.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<T?>> SendAllowEmptyAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        => SendCoreAsync(request, typeInfo, allowEmpty: true, cancellationToken);

    /// <summary>
    /// Sends a request and keeps the body bytes in <see cref="Response.Content"/> (at most
    /// <see cref="ApiConnectionOptions.MaxResponseBytes"/>; use <see cref="SendForStreamAsync"/> for larger bodies).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response> SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        using var message = (await SendRawAsync(request, _kept, cancellationToken).ConfigureAwait(false)).Response;
        var headers = Response.From(message, RequestIdOf(message));
        if (AttemptBody.DeclaredLength(message.Content) > _options.MaxResponseBytes)
        {
            throw Serialization(request, headers, $"The response body ({AttemptBody.DeclaredLength(message.Content)} bytes) exceeds the limit of {_options.MaxResponseBytes} bytes; read it with SendForStreamAsync.", null);
        }

        if (message.Content is BufferedContent buffered)
        {
            return new Response(headers.Status, headers.Headers, headers.RequestId, buffered.Bytes);
        }

        try
        {
            var stream = await message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await new LimitedStream(stream, _options.MaxResponseBytes).CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                return new Response(headers.Status, headers.Headers, headers.RequestId, buffer.ToArray());
            }
        }
        catch (InvalidDataException ex)
        {
            throw Serialization(request, headers, ex.Message + " Read it with SendForStreamAsync.", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw Transport(request, ex);
        }
    }

    /// <summary>Sends a request and returns the body as a stream that is read as it arrives (downloads).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<StreamResponse> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        var message = (await SendRawAsync(request, _streamed, cancellationToken).ConfigureAwait(false)).Response;
        try
        {
            var stream = await message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new StreamResponse(message, stream, Response.From(message, RequestIdOf(message)));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            message.Dispose();
            throw Transport(request, ex);
        }
    }

    // SendRawAsync inlined (one async layer less per typed call): send, map a failure or an error status, parse.
    private async Task<Response<T?>> SendCoreAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, bool allowEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(typeInfo);
        using var message = request.ToMessage();
        message.ReadMode = _parsed;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsSendFailure(ex, cancellationToken))
        {
            throw SendFailure(request, ex);
        }

        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(request, response, cancellationToken).ConfigureAwait(false);
        }

        var body = message.Body;
        try
        {
            return await ReadValueAsync(request, response, body, typeInfo, allowEmpty, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            body?.Release(); // a pooled array goes back once parsed (or refused)
        }
    }

    private async ValueTask<Response<T?>> ReadValueAsync<T>(ApiRequest request, HttpResponseMessage message, ParsedBody? body, JsonTypeInfo<T> typeInfo, bool allowEmpty, CancellationToken cancellationToken)
    {
        var raw = Response.From(message, RequestIdOf(message));
        if (message.StatusCode == HttpStatusCode.NoContent || AttemptBody.DeclaredLength(message.Content) == 0)
        {
            return allowEmpty
                ? new Response<T?>(default, raw)
                : throw Serialization(request, raw, "The service answered without a body where one was expected.", null);
        }

        if (AttemptBody.DeclaredLength(message.Content) > _options.MaxResponseBytes)
        {
            throw Serialization(request, raw, $"The response body ({AttemptBody.DeclaredLength(message.Content)} bytes) exceeds the limit of {_options.MaxResponseBytes} bytes.", null);
        }

        try
        {
            T? value;
            if (body is not null)
            {
                // read under the attempt deadline and within the body limit already: one pass over the bytes (in a
                // pooled array returned once parsed; nothing parsed points into it)
                value = JsonSerializer.Deserialize(body.Span, typeInfo);
            }
            else if (message.Content is BufferedContent buffered)
            {
                // read under the attempt deadline and within the body limit already: one pass over the bytes (in a
                // pooled array returned when the message is disposed; nothing parsed points into it)
                value = JsonSerializer.Deserialize(buffered.Bytes.Span, typeInfo);
            }
            else
            {
                var stream = await message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    value = await JsonSerializer.DeserializeAsync(new LimitedStream(stream, _options.MaxResponseBytes), typeInfo, cancellationToken).ConfigureAwait(false);
                }
            }

            if (value is null && !allowEmpty)
            {
                throw Serialization(request, raw, "The service answered with JSON null where a value was expected.", null);
            }

            return new Response<T?>(value, raw);
        }
        catch (JsonException ex)
        {
            throw Serialization(request, raw, $"The response body is not valid JSON for {typeof(T).Name}: {ex.Message}", ex);
        }
        catch (ConnectorSerializationException ex) when (ex.Status is null)
        {
            // a client's own reader refused a body of another shape: the error gets this response's status and request id
            throw Serialization(request, raw, ex.Message, ex.InnerException ?? ex);
        }
        catch (InvalidDataException ex)
        {
            throw Serialization(request, raw, ex.Message, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw Transport(request, ex);
        }
    }

    // Bodies are read inside the client's handler chain, under the attempt deadline (ConnectorHandler): by the
    // time SendAsync returns, a buffered body is in memory and a streamed one is guarded against stalls.
    // A successful body that is only parsed comes back beside the response (see ParsedBody); the caller releases it.
    private async Task<(HttpResponseMessage Response, ParsedBody? Body)> SendRawAsync(ApiRequest request, ResponseReadMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = request.ToMessage();
        message.ReadMode = mode;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsSendFailure(ex, cancellationToken))
        {
            throw SendFailure(request, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return (response, mode.Pooled ? message.Body : null);
        }

        using (response)
        {
            throw await ToExceptionAsync(request, response, cancellationToken).ConfigureAwait(false);
        }
    }

    // A failure of the handler chain that becomes a typed error (a cancellation by the caller stays what it is).
    private static bool IsSendFailure(Exception ex, CancellationToken cancellationToken)
        => ex is InvalidDataException or TimeoutRejectedException or BrokenCircuitException or HttpRequestException
           || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private ConnectorException SendFailure(ApiRequest request, Exception ex) => ex switch
    {
        InvalidDataException => new ConnectorSerializationException(System, $"{Describe(request)}: {ex.Message} Read it with SendForStreamAsync.", ex) { Request = Describe(request) },
        TimeoutRejectedException timeout => new ConnectorTimeoutException(System, $"{Describe(request)} timed out after {timeout.Timeout.TotalSeconds:0.###} s.", ex)
        {
            IsTransient = true,
            Request = Describe(request),
        },
        BrokenCircuitException => new ConnectorTimeoutException(System, $"{Describe(request)} was not sent: the circuit to {System} is open after repeated failures.", ex)
        {
            IsTransient = true,
            Request = Describe(request),
        },
        OperationCanceledException => new ConnectorTimeoutException(System, $"{Describe(request)} timed out.", ex) { IsTransient = true, Request = Describe(request) },
        _ => Transport(request, ex),
    };

    private async Task<ConnectorException> ToExceptionAsync(ApiRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await ReadLimitedAsync(response.Content, _options.MaxErrorBodyChars, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            body = string.Empty;
        }

        var status = (int)response.StatusCode;
        ErrorDetails details;
        try
        {
            details = _options.ErrorParser(status, body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            details = ErrorDetails.None;
        }

        var retryAfter = RetryAfterHeader.Read(response);
        var summary = $"{Describe(request)} failed with {status} {response.ReasonPhrase}"
                      + (details.ErrorCode is null ? string.Empty : $" [{details.ErrorCode}]")
                      + (details.Message is null ? "." : $": {details.Message}");
        return ErrorFactory.Create(System, status, summary, details, retryAfter, RequestIdOf(response), body, Describe(request));
    }

    private ConnectorTransportException Transport(ApiRequest request, Exception ex)
        => new(System, $"{Describe(request)} could not reach {System}: {ex.Message}", ex) { IsTransient = true, Request = Describe(request) };

    private ConnectorSerializationException Serialization(ApiRequest request, Response raw, string message, Exception? inner)
        => new(System, $"{Describe(request)}: {message}", inner) { Status = raw.Status, RequestId = raw.RequestId, Request = Describe(request) };

    private static string Describe(ApiRequest request) => $"{request.Method} {request.Path}";

    private string? RequestIdOf(HttpResponseMessage message)
    {
        var names = _options.RequestIdHeaders;
        for (var i = 0; i < names.Count; i++) // by index: no enumerator per call
        {
            var name = names[i];
            // NonValidated: no parsing, and no allocation beyond the value string itself
            if (message.Headers.NonValidated.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, int maxChars, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[maxChars];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return Encoding.UTF8.GetString(buffer, 0, total);
        }
    }
}
