using System.Globalization;
using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Reads the engine error shape of the on-demand routes, <c>{ "status": "error", "data": [ { "errorMessage",
/// "statusCode", "engineOutputContext" } ] }</c> (OpenText SDK <c>OrchestrationErrorResonse</c>; its error handler
/// falls back to it when the body is not an <c>ExstreamErrorResponse</c>), and turns it into
/// <see cref="ExstreamEngineException"/>.
/// </summary>
internal static class EngineErrors
{
    /// <summary>The engine errors of a body, or null when it is not the engine error shape.</summary>
    public static IReadOnlyList<EngineError>? Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize(body, ExstreamJsonContext.Default.OrchestrationEnvelope);
            return envelope is null ? null : FromItems(envelope.Status, envelope.Data);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The engine errors among answer items, or null when none reports one and the status is not an error.</summary>
    public static IReadOnlyList<EngineError>? FromItems(string? status, IReadOnlyList<OrchestrationItem>? items)
    {
        var errors = (items ?? [])
            .Where(i => i.ErrorMessage is not null || (i.StatusCode is not null && i.Content is null))
            .Select(i => new EngineError { ErrorMessage = i.ErrorMessage, StatusCode = i.StatusCode, EngineOutputContext = i.EngineOutputContext })
            .ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        return status is not null && !status.Equals("success", StringComparison.OrdinalIgnoreCase) ? [] : null;
    }

    /// <summary>One line for messages: each error's text with its status and the queue/file it belongs to.</summary>
    public static string Describe(IReadOnlyList<EngineError> errors)
        => errors.Count == 0
            ? "the answer's status is not 'success' and names no error"
            : string.Join("; ", errors.Select(Describe));

    /// <summary>The error for an engine failure in a 2xx answer.</summary>
    public static ExstreamEngineException Exception(string system, IReadOnlyList<EngineError> errors, Response raw, string request)
        => Create(system, errors, raw.Status, raw.RequestId, request, null);

    /// <summary>The error for an HTTP error whose body is the engine error shape.</summary>
    public static ExstreamEngineException Exception(string system, IReadOnlyList<EngineError> errors, ConnectorException inner)
        => Create(system, errors, inner.Status, inner.RequestId, inner.Request ?? string.Empty, inner);

    private static ExstreamEngineException Create(string system, IReadOnlyList<EngineError> errors, int? status, string? requestId, string request, ConnectorException? inner)
    {
        var hint = errors.Any(e => e.StatusCode == "401")
            ? " (engine status 401: OpenText's SDK reads this as an empowerUser that may not import Empower documents)"
            : string.Empty;
        return new ExstreamEngineException(system, $"{request}: the Exstream engine failed: {Describe(errors)}{hint}.", errors, inner)
        {
            Status = status,
            RequestId = requestId,
            ErrorCode = errors.Select(e => e.StatusCode).FirstOrDefault(c => c is not null),
            VendorMessage = errors.Select(e => e.ErrorMessage).FirstOrDefault(m => m is not null),
            Request = request,
            ResponseBody = inner?.ResponseBody,
            RetryAfter = inner?.RetryAfter,
            CorrelationId = inner?.CorrelationId,
            IsTransient = IsTransient(errors, status),
        };
    }

    private static bool IsTransient(IReadOnlyList<EngineError> errors, int? httpStatus)
    {
        var codes = errors
            .Select(e => int.TryParse(e.StatusCode, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : (int?)null)
            .Where(c => c is not null)
            .Select(c => c!.Value)
            .ToList();
        return codes.Count > 0 ? codes.All(ConnectorException.IsTransientStatus) : httpStatus is { } s && ConnectorException.IsTransientStatus(s);
    }

    private static string Describe(EngineError error)
    {
        var context = error.EngineOutputContext;
        var where = context is null
            ? string.Empty
            : string.Join(", ", new[] { Part("queue", context.QueueName), Part("file", context.FileName), Part("customer", context.CustomerNumber) }.Where(p => p is not null));
        return (error.StatusCode is null ? string.Empty : $"[{error.StatusCode}] ")
               + (error.ErrorMessage ?? "no message")
               + (where.Length == 0 ? string.Empty : $" ({where})");
    }

    private static string? Part(string name, string? value) => value is null ? null : $"{name} {value}";
}
