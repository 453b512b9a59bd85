namespace Connectors.AspNetCore.Dashboard;

/// <summary>One run as the dashboard keeps it: mutable while in flight, guarded by the recorder's lock.</summary>
internal sealed class RunRecord
{
    public required string Id { get; init; }

    public required string Scenario { get; init; }

    public required string EventId { get; init; }

    public required string EventType { get; init; }

    public required string EventSource { get; init; }

    public string? Subject { get; init; }

    public required string CorrelationId { get; init; }

    public string? TraceId { get; init; }

    public DateTimeOffset EnqueuedAt { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public bool IsReplay { get; init; }

    public string Outcome { get; set; } = "in-flight";

    public double? DurationMs { get; set; }

    public string? StoppedBy { get; set; }

    public string? DeadLetterId { get; set; }

    public RunError? Error { get; set; }

    public List<StepRecord> Steps { get; } = [];
}

/// <summary>One step of a run.</summary>
internal sealed class StepRecord
{
    public required string Name { get; init; }

    public string Outcome { get; set; } = "running";

    public int Attempts { get; set; }

    public double? DurationMs { get; set; }

    public RunError? Error { get; set; }
}

/// <summary>
/// A failure as the dashboard shows it: the exception type and message and, when a client threw it, the system,
/// the HTTP status, the vendor's error code and the vendor's request id.
/// </summary>
internal sealed record RunError(string Type, string Message, string? System, int? Status, string? ErrorCode, string? VendorRequestId)
{
    public static RunError From(Exception exception)
    {
        // The engine wraps a step's last failure (ScenarioStepException); the client's typed error is inside.
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Connectors.Core.ConnectorException connector)
            {
                return new RunError(connector.GetType().FullName ?? connector.GetType().Name, connector.Message, connector.System, connector.Status, connector.ErrorCode, connector.RequestId);
            }
        }

        var root = exception is Connectors.Scenarios.Errors.ScenarioStepException { InnerException: { } inner } ? inner : exception;
        return new RunError(root.GetType().FullName ?? root.GetType().Name, root.Message, null, null, null, null);
    }
}
