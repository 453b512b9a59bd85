using System.Text;
using System.Text.Json;
using Connectors.Core;
using Connectors.Scenarios;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.AspNetCore;

/// <summary>
/// The one shape of every inbound endpoint: read the raw body (bounded), let the system's receiver
/// authenticate and parse it into an envelope, store it in the scenario inbox, and only then answer 200.
/// 401 for a failed authentication, 400 for a malformed body, 413 when too large, 503 when the store is down
/// (the sender retries, and the scenario's poll twin catches anything it gives up on).
/// </summary>
internal static partial class InboundEndpoint
{
    public static RequestDelegate Create(string system, int maxBodyBytes, Func<HttpRequest, byte[], EventEnvelope> read)
        => async context =>
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Connectors.AspNetCore");
            var body = await ReadBodyAsync(context.Request, maxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                LogRejected(logger, system, 413, "body too large");
                await WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "too_large", $"The body exceeds {maxBodyBytes} bytes.").ConfigureAwait(false);
                return;
            }

            EventEnvelope envelope;
            try
            {
                envelope = read(context.Request, body);
            }
            catch (ConnectorAuthenticationException ex)
            {
                LogRejected(logger, system, 401, ex.Message);
                await WriteAsync(context, StatusCodes.Status401Unauthorized, "unauthenticated", "The delivery could not be authenticated.").ConfigureAwait(false);
                return;
            }
            catch (ConnectorSerializationException ex)
            {
                LogRejected(logger, system, 400, ex.Message);
                await WriteAsync(context, StatusCodes.Status400BadRequest, "malformed", ex.Message).ConfigureAwait(false);
                return;
            }

            try
            {
                var result = await context.RequestServices.GetRequiredService<IScenarioInbox>().SubmitAsync(envelope, context.RequestAborted).ConfigureAwait(false);
                LogStored(logger, system, envelope.Type, envelope.Id, result.Accepted, result.Duplicates);
                await WriteAsync(context, StatusCodes.Status200OK, "stored", $"accepted {result.Accepted}, duplicates {result.Duplicates}").ConfigureAwait(false);
            }
            catch (ScenarioEnvelopeException ex)
            {
                LogRejected(logger, system, 400, ex.Message);
                await WriteAsync(context, StatusCodes.Status400BadRequest, "malformed", ex.Message).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStoreFailed(logger, system, ex);
                await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "unavailable", "The event could not be stored; retry later.").ConfigureAwait(false);
            }
        };

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, int status, string outcome, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("outcome", outcome);
            writer.WriteString("detail", detail);
            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(stream.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }

    internal static string Text(byte[] body) => Encoding.UTF8.GetString(body);

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "{System} delivery {Type} {Id} stored: {Accepted} accepted, {Duplicates} duplicates")]
    private static partial void LogStored(ILogger logger, string system, string type, string id, int accepted, int duplicates);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "{System} delivery rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string system, int status, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "{System} delivery could not be stored")]
    private static partial void LogStoreFailed(ILogger logger, string system, Exception exception);
}
