using System.Text.Json;
using Connectors.Core.Webhooks;
using Connectors.Scenarios;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Connectors.AspNetCore;

/// <summary>
/// The one shape of every inbound endpoint: read the raw body (bounded), let the system's receiver
/// authenticate and read it, store the event in the scenario inbox, and only then answer 200.
/// 401 for a failed authentication, 400 for a malformed or expired body, 413 when too large, 503 when the store
/// is down (the sender retries, and the scenario's poll twin catches anything it gives up on). Bad input never
/// answers 500: a receiver failure nobody foresaw is logged once at Warning and answered 400, storing nothing.
/// </summary>
internal static partial class InboundEndpoint
{
    public static RequestDelegate Create(IWebhookReceiver receiver, int maxBodyBytes)
        => async context =>
        {
            var system = receiver.Source;
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Connectors.AspNetCore");
            byte[]? body;
            try
            {
                body = await ReadBodyAsync(context.Request, maxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            }
            catch (BadHttpRequestException ex)
            {
                // The sender was too slow (Kestrel's minimum data rate: 408) or broke the framing: its problem, not an error here.
                LogRejected(logger, system, ex.StatusCode, ex.Message);
                await WriteAsync(context, ex.StatusCode, ex.StatusCode == StatusCodes.Status408RequestTimeout ? "timeout" : "malformed", "The request body could not be read.").ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // the sender went away; nothing was stored and nobody is left to answer
            }

            if (body is null)
            {
                LogRejected(logger, system, 413, "body too large");
                await WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "too_large", $"The body exceeds {maxBodyBytes} bytes.").ConfigureAwait(false);
                return;
            }

            var request = context.Request;
            WebhookReceipt receipt;
            try
            {
                receipt = receiver.Receive(new WebhookDelivery(body, name => request.Headers[name].ToString()));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReceiverFailed(logger, system, ex);
                await WriteAsync(context, StatusCodes.Status400BadRequest, "malformed", "The delivery could not be read.").ConfigureAwait(false);
                return;
            }

            if (receipt.Accepted && receiver.MaxAge is null && receipt.Info.IsOlderThan(Retention(context), Now(context)))
            {
                // Older than the inbox remembers delivery ids: refuse, so a replay is never processed twice.
                LogRejected(logger, system, 400, $"event {receipt.Info.Id} happened at {receipt.Info.OccurredAt:O}, before the inbox retention window");
                await WriteAsync(context, StatusCodes.Status400BadRequest, "expired", "The event is older than the inbox retention window: a replay or a stale retry.").ConfigureAwait(false);
                return;
            }

            if (!receipt.Accepted)
            {
                var (status, outcome, detail) = receipt.Rejection.Kind switch
                {
                    WebhookRejectionKind.Unauthenticated => (StatusCodes.Status401Unauthorized, "unauthenticated", "The delivery could not be authenticated."),
                    WebhookRejectionKind.TooLarge => (StatusCodes.Status413PayloadTooLarge, "too_large", receipt.Rejection.Reason),
                    WebhookRejectionKind.Expired => (StatusCodes.Status400BadRequest, "expired", receipt.Rejection.Reason),
                    _ => (StatusCodes.Status400BadRequest, "malformed", receipt.Rejection.Reason),
                };
                LogRejected(logger, system, status, receipt.Rejection.Reason);
                await WriteAsync(context, status, outcome, detail).ConfigureAwait(false);
                return;
            }

            try
            {
                var envelope = EventEnvelope.FromWebhook(receiver, receipt, body);
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

    private static TimeSpan Retention(HttpContext context)
        => context.RequestServices.GetService<IOptions<ScenarioOptions>>()?.Value.Retention ?? TimeSpan.FromDays(7);

    private static DateTimeOffset Now(HttpContext context)
        => (context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();

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

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "{System} delivery {Type} {Id} stored: {Accepted} accepted, {Duplicates} duplicates")]
    private static partial void LogStored(ILogger logger, string system, string type, string id, int accepted, int duplicates);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "{System} delivery rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string system, int status, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "{System} delivery could not be read by its receiver; answered 400")]
    private static partial void LogReceiverFailed(ILogger logger, string system, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "{System} delivery could not be stored")]
    private static partial void LogStoreFailed(ILogger logger, string system, Exception exception);
}
