using System.Text.Json.Serialization;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>Source-generated JSON metadata for the payloads and journaled results of the order-exception recipes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ResourceSignal))]
[JsonSerializable(typeof(CaseMilestone))]
[JsonSerializable(typeof(ComplaintRequest))]
[JsonSerializable(typeof(EscalationRequest))]
[JsonSerializable(typeof(AuditRequest))]
[JsonSerializable(typeof(CatalogIssueReport))]
[JsonSerializable(typeof(OpenedCase))]
[JsonSerializable(typeof(OrderSnapshot))]
[JsonSerializable(typeof(List<OrderSnapshot>))]
[JsonSerializable(typeof(List<MessageEvidence>))]
[JsonSerializable(typeof(List<ShipmentEvidence>))]
[JsonSerializable(typeof(List<TransactionEvidence>))]
public sealed partial class OrderExceptionsJsonContext : JsonSerializerContext;
