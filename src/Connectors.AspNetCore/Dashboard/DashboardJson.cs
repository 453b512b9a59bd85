using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Scenarios.Storage;

namespace Connectors.AspNetCore.Dashboard;

/// <summary>What the page polls: everything it shows except the dead-letter search.</summary>
internal sealed record OverviewDto(
    DateTimeOffset GeneratedAt,
    long? QueueDepth,
    IReadOnlyList<RecipeView> Recipes,
    IReadOnlyList<SystemView> Systems,
    IReadOnlyList<RunDto> Runs);

/// <summary>A run as the page shows it.</summary>
internal sealed record RunDto(
    string Id,
    string Recipe,
    string EventId,
    string EventType,
    string EventSource,
    string? Subject,
    string CorrelationId,
    string? TraceId,
    string? TraceLink,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset StartedAt,
    bool IsReplay,
    string Outcome,
    double? DurationMs,
    string? StoppedBy,
    string? DeadLetterId,
    RunError? Error,
    IReadOnlyList<StepDto> Steps)
{
    public static RunDto From(RunRecord r, string? traceLinkTemplate) => new(
        r.Id, r.Scenario, r.EventId, r.EventType, r.EventSource, r.Subject, r.CorrelationId, r.TraceId,
        r.TraceId is not null && traceLinkTemplate is not null ? traceLinkTemplate.Replace("{traceId}", Uri.EscapeDataString(r.TraceId), StringComparison.Ordinal) : null,
        r.EnqueuedAt, r.StartedAt, r.IsReplay, r.Outcome, r.DurationMs, r.StoppedBy, r.DeadLetterId, r.Error,
        [.. r.Steps.Select(s => new StepDto(s.Name, s.Outcome, s.Attempts, s.DurationMs, s.Error))]);
}

/// <summary>A step of a run.</summary>
internal sealed record StepDto(string Name, string Outcome, int Attempts, double? DurationMs, RunError? Error);

/// <summary>A dead letter as the page shows it (the payload stays in the store).</summary>
internal sealed record DeadLetterDto(
    string Id,
    string Recipe,
    string Step,
    string EventId,
    string EventType,
    string? Subject,
    string CorrelationId,
    string ErrorKind,
    string ErrorMessage,
    int Attempts,
    bool IsTransient,
    DateTimeOffset FailedAt)
{
    public static DeadLetterDto From(DeadLetter d) => new(
        d.Id, d.Scenario, d.Step, d.Envelope.Id, d.Envelope.Type, d.Envelope.Subject, d.Envelope.EffectiveCorrelationId,
        d.ErrorType, d.ErrorMessage, d.Attempts, d.IsTransient, d.FailedAt);
}

/// <summary>The answer to a search.</summary>
internal sealed record DeadLetterListDto(int Count, bool Truncated, IReadOnlyList<DeadLetterDto> Items);

/// <summary>The body of a replay: the ids the user saw and confirmed.</summary>
internal sealed record ReplayRequest(IReadOnlyList<string>? Ids);

/// <summary>The answer to a replay: how many were requeued, and which events (to follow their runs).</summary>
internal sealed record ReplayResultDto(int Replayed, IReadOnlyList<ReplayedDto> Items);

/// <summary>One requeued dead letter.</summary>
internal sealed record ReplayedDto(string DeadLetterId, string Recipe, string EventId);

/// <summary>An error answer.</summary>
internal sealed record ProblemDto(string Error, string Detail);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OverviewDto))]
[JsonSerializable(typeof(RunDto))]
[JsonSerializable(typeof(IReadOnlyList<RunDto>))]
[JsonSerializable(typeof(DeadLetterListDto))]
[JsonSerializable(typeof(ReplayRequest))]
[JsonSerializable(typeof(ReplayResultDto))]
[JsonSerializable(typeof(ProblemDto))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;
