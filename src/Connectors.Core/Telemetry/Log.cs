using Microsoft.Extensions.Logging;

namespace Connectors.Core.Telemetry;

/// <summary>Source-generated log messages of Connectors.Core. Paths never include query strings; headers and bodies are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "{System} {Method} {Path} → {Status} in {ElapsedMs} ms (request id {RequestId}, service request id {ServiceRequestId})")]
    public static partial void RequestCompleted(ILogger logger, string system, string method, string path, int status, long elapsedMs, string? requestId, string? serviceRequestId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{System} {Method} {Path} failed after {ElapsedMs} ms: {Error} (request id {RequestId})")]
    public static partial void RequestFailed(ILogger logger, string system, string method, string path, long elapsedMs, string error, string? requestId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "{System} retry {Attempt} in {DelayMs} ms after {Outcome}")]
    public static partial void Retrying(ILogger logger, string system, int attempt, long delayMs, string outcome);
}
