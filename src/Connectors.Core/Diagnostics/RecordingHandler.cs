using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Connectors.Core.Diagnostics;

/// <summary>
/// An opt-in handler that appends each call to a fixture file (JSON Lines, one <see cref="RecordedCall"/> a line): the
/// request line, status, content type, request id and the response body, redacted by the <see cref="Redaction"/> rules.
/// Request headers (Authorization, X-Auth-Token, API keys) and request bodies are never written. Add it with
/// <see cref="RecordingHttpClientBuilderExtensions.AddRecording"/>.
/// </summary>
public sealed class RecordingHandler : DelegatingHandler
{
    private static readonly string[] RequestIdHeaders = ["X-Request-ID", "X-Request-Id", "X-Correlation-ID", "Request-Id", "X-Amzn-RequestId", "opentext-request-id"];
    private readonly string _system;
    private readonly string _file;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the handler.</summary>
    /// <param name="system">The system name written on each line.</param>
    /// <param name="file">The fixture file (appended to; its folder is created).</param>
    public RecordingHandler(string system, string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        _system = system;
        _file = Path.GetFullPath(file);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var call = new RecordedCall
        {
            System = _system,
            Method = request.Method.Method,
            Path = Redaction.ApplyToQuery(request.RequestUri?.PathAndQuery ?? string.Empty),
            Status = (int)response.StatusCode,
            ContentType = contentType,
            RequestId = RequestIdOf(response.Headers),
            Json = ParseJson(bytes),
        };
        if (call.Json is null && IsText(contentType) && bytes.Length > 0)
        {
            call = new RecordedCall
            {
                System = call.System, Method = call.Method, Path = call.Path, Status = call.Status, ContentType = call.ContentType,
                RequestId = call.RequestId, Text = Redaction.ApplyToText(Encoding.UTF8.GetString(bytes)),
            };
        }

        var line = JsonSerializer.Serialize(call, RecordingJsonContext.Default.RecordedCall) + "\n";
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            await File.AppendAllTextAsync(_file, line, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        return response;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private static JsonNode? ParseJson(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return Redaction.Apply(JsonNode.Parse(bytes));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsText(string? mediaType)
        => mediaType is not null && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase));

    private static string? RequestIdOf(HttpResponseHeaders headers)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }
}
