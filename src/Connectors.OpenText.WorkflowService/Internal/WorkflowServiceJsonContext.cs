using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.WorkflowService.Internal;

/// <summary>Source-generated JSON for every Workflow Service wire shape (AOT-safe).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(WorkflowDateTimeOffsetConverter)])]
[JsonSerializable(typeof(List<WorkflowModel>))]
[JsonSerializable(typeof(List<ProcessInstance>))]
[JsonSerializable(typeof(List<WorkflowTask>))]
[JsonSerializable(typeof(List<HistoricProcessInstance>))]
[JsonSerializable(typeof(List<HistoricTask>))]
[JsonSerializable(typeof(WorkflowModel))]
[JsonSerializable(typeof(ProcessInstance))]
[JsonSerializable(typeof(WorkflowTask))]
[JsonSerializable(typeof(List<WorkflowVariable>))]
[JsonSerializable(typeof(WorkflowVariable))]
[JsonSerializable(typeof(WorkflowComment))]
[JsonSerializable(typeof(List<WorkflowComment>))]
[JsonSerializable(typeof(TaskAttachment))]
[JsonSerializable(typeof(List<TaskAttachment>))]
[JsonSerializable(typeof(WorkflowEvent))]
[JsonSerializable(typeof(WorkflowEventBatch))]
[JsonSerializable(typeof(EventSubscription))]
[JsonSerializable(typeof(List<EventSubscription>))]
[JsonSerializable(typeof(StartProcessRequest))]
[JsonSerializable(typeof(TaskActionRequest))]
[JsonSerializable(typeof(InstanceActionRequest))]
[JsonSerializable(typeof(TaskUpdateRequest))]
[JsonSerializable(typeof(CommentRequest))]
[JsonSerializable(typeof(AttachmentRequest))]
[JsonSerializable(typeof(DeployModelRequest))]
[JsonSerializable(typeof(SubscriptionRequest))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WorkflowServiceJsonContext : JsonSerializerContext;
