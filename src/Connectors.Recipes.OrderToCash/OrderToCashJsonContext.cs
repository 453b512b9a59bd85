using System.Text.Json.Serialization;
using Connectors.BigCommerce;

namespace Connectors.Recipes.OrderToCash;

/// <summary>Source-generated JSON for the order-to-cash payloads and journaled step results (AOT-safe, snake_case like BigCommerce).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BigCommerceWebhookEvent))]
[JsonSerializable(typeof(StockLevelReported))]
[JsonSerializable(typeof(StockSyncResult))]
[JsonSerializable(typeof(RefundRequested))]
[JsonSerializable(typeof(RefundIssued))]
[JsonSerializable(typeof(ShipmentConfirmed))]
[JsonSerializable(typeof(ShipmentRecorded))]
[JsonSerializable(typeof(ParcelDelivered))]
[JsonSerializable(typeof(SalesReportRequested))]
public sealed partial class OrderToCashJsonContext : JsonSerializerContext;
