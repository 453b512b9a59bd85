using System.Text.Json.Serialization;

namespace Connectors.OpenText.CoreCase.Wire;

/// <summary>Source-generated JSON for every Core Case wire shape (AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CoreCaseDateConverter)])]
[JsonSerializable(typeof(CaseInstanceWire))]
[JsonSerializable(typeof(CreateCaseRequest))]
[JsonSerializable(typeof(UpdateCaseRequest))]
[JsonSerializable(typeof(StatusRequest))]
[JsonSerializable(typeof(AssigneeWire))]
[JsonSerializable(typeof(CommentWire))]
[JsonSerializable(typeof(CommentRequest))]
[JsonSerializable(typeof(TaskWire))]
[JsonSerializable(typeof(TaskRequest))]
[JsonSerializable(typeof(CompleteTaskRequest))]
[JsonSerializable(typeof(AttachmentWire))]
[JsonSerializable(typeof(LinkWire))]
[JsonSerializable(typeof(LinkRequest))]
[JsonSerializable(typeof(CaseDefinitionWire))]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(HalPage<CaseInstanceWire>))]
[JsonSerializable(typeof(HalPage<CommentWire>))]
[JsonSerializable(typeof(HalPage<TaskWire>))]
[JsonSerializable(typeof(HalPage<AttachmentWire>))]
[JsonSerializable(typeof(HalPage<LinkWire>))]
[JsonSerializable(typeof(HalPage<EventWire>))]
[JsonSerializable(typeof(HalPage<CaseDefinitionWire>))]
internal sealed partial class CoreCaseJsonContext : JsonSerializerContext;
