using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.WorkflowService.Serialization;

/// <summary>Flowable's paged envelope: <c>{ data, total, start, size, sort, order }</c>.</summary>
internal sealed class DataResponse<T>
{
    public IReadOnlyList<T> Data { get; init => field = value ?? []; } = [];

    public long Total { get; init; }

    public long Start { get; init; }

    public int Size { get; init; }
}

internal sealed class StartProcessRequest
{
    public string? ProcessDefinitionKey { get; init; }

    public string? BusinessKey { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<WorkflowVariable> Variables { get; init => field = value ?? []; } = [];

    public bool ReturnVariables { get; init; }
}

internal sealed class ActionRequest
{
    public required string Action { get; init; }

    public string? Assignee { get; init; }

    public IReadOnlyList<WorkflowVariable>? Variables { get; init; }

    public string? Outcome { get; init; }
}

internal sealed class TaskUpdateRequest
{
    public string? Assignee { get; init; }

    public DateTimeOffset? DueDate { get; init; }

    public int? Priority { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Owner { get; init; }
}

internal sealed class CommentRequest
{
    public required string Message { get; init; }
}

internal sealed class AttachmentRequest
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public string? Type { get; init; }

    public string? Url { get; init; }
}

internal sealed class DeployModelRequest
{
    public required string ModelId { get; init; }

    public required string ModelType { get; init; }

    public JsonElement ModelContent { get; init; }
}

internal sealed class SubscriptionRequest
{
    public required string CallbackUrl { get; init; }

    public required string Secret { get; init; }

    public IReadOnlyList<WorkflowEventType> EventTypes { get; init => field = value ?? []; } = [];
}

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(WorkflowDateTimeOffsetConverter)])]
[JsonSerializable(typeof(DataResponse<ProcessDefinition>))]
[JsonSerializable(typeof(DataResponse<ProcessInstance>))]
[JsonSerializable(typeof(DataResponse<WorkflowTask>))]
[JsonSerializable(typeof(DataResponse<HistoricProcessInstance>))]
[JsonSerializable(typeof(DataResponse<HistoricTask>))]
[JsonSerializable(typeof(ProcessDefinition))]
[JsonSerializable(typeof(ProcessInstance))]
[JsonSerializable(typeof(WorkflowTask))]
[JsonSerializable(typeof(List<WorkflowVariable>))]
[JsonSerializable(typeof(WorkflowVariable))]
[JsonSerializable(typeof(TaskComment))]
[JsonSerializable(typeof(List<TaskComment>))]
[JsonSerializable(typeof(TaskAttachment))]
[JsonSerializable(typeof(List<TaskAttachment>))]
[JsonSerializable(typeof(WorkflowEvent))]
[JsonSerializable(typeof(WorkflowEventBatch))]
[JsonSerializable(typeof(EventSubscription))]
[JsonSerializable(typeof(List<EventSubscription>))]
[JsonSerializable(typeof(StartProcessRequest))]
[JsonSerializable(typeof(ActionRequest))]
[JsonSerializable(typeof(TaskUpdateRequest))]
[JsonSerializable(typeof(CommentRequest))]
[JsonSerializable(typeof(AttachmentRequest))]
[JsonSerializable(typeof(DeployModelRequest))]
[JsonSerializable(typeof(SubscriptionRequest))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WorkflowServiceJsonContext : JsonSerializerContext;
