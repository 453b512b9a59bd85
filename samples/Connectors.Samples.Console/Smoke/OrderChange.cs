using System.Text.Json.Serialization;

namespace Connectors.Samples.Smoke;

/// <summary>An order whose status changed, as the smoke poller reads it from BigCommerce.</summary>
/// <param name="OrderId">The order id.</param>
/// <param name="StatusId">The status id.</param>
/// <param name="Status">The status name.</param>
/// <param name="ModifiedAt">When the order last changed.</param>
public sealed record OrderChange(int OrderId, int StatusId, string Status, DateTimeOffset ModifiedAt);

/// <summary>The case the smoke scenario opened for an order.</summary>
/// <param name="Case">The Core Case case (definition and id).</param>
/// <param name="Order">The order change that opened it.</param>
public sealed record SmokeCase(Connectors.OpenText.CoreCase.CaseRef Case, OrderChange Order);

/// <summary>Source-generated JSON for the smoke scenario's payloads and journaled results.</summary>
[JsonSerializable(typeof(OrderChange))]
[JsonSerializable(typeof(SmokeCase))]
internal sealed partial class SmokeJson : JsonSerializerContext;
