using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>Source-generated JSON for every Core Case wire shape (AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CoreCaseDateConverter)])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(CaseWire))]
[JsonSerializable(typeof(StatusRequest))]
[JsonSerializable(typeof(IdentityWire))]
[JsonSerializable(typeof(CommentWire))]
[JsonSerializable(typeof(CommentRequest))]
[JsonSerializable(typeof(TaskWire))]
[JsonSerializable(typeof(TaskRequest))]
[JsonSerializable(typeof(CompleteTaskRequest))]
[JsonSerializable(typeof(AttachmentWire))]
[JsonSerializable(typeof(LinkWire))]
[JsonSerializable(typeof(LinkRequest))]
[JsonSerializable(typeof(EventWire))]
[JsonSerializable(typeof(CaseDefinitionWire))]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(List<CaseWire>))] // read by CaseWireConverter; the lists Core Case pages (ListBodyConverter reads each page in one go)
[JsonSerializable(typeof(List<TaskWire>))]
[JsonSerializable(typeof(List<AttachmentWire>))]
[JsonSerializable(typeof(List<LinkWire>))]
[JsonSerializable(typeof(List<EventWire>))]
[JsonSerializable(typeof(List<CommentWire>))]
[JsonSerializable(typeof(List<CaseDefinitionWire>))]
internal sealed partial class CoreCaseJsonContext : JsonSerializerContext;
