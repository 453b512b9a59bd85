using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>Source-generated JSON for the payloads of the Core Case ↔ Exstream recipes (AOT-safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CaseEventPayload))]
[JsonSerializable(typeof(GeneratedDocumentPayload))]
[JsonSerializable(typeof(DeliveryFailurePayload))]
internal sealed partial class CaseCommunicationsJsonContext : JsonSerializerContext;
