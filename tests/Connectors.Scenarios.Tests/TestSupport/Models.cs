using System.Text.Json.Serialization;
using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.Tests.TestSupport;

public sealed record OrderEvent(string Store, int OrderId, string Status, decimal Total = 0);

public sealed record EnrichedOrder(OrderEvent Order, string CustomerEmail);

public sealed record CaseDraft(string Title, string OrderRef);

public sealed record CaseCreated(string CaseId, string OrderRef);

[JsonSerializable(typeof(OrderEvent))]
[JsonSerializable(typeof(CaseCreated))]
internal sealed partial class TestJson : JsonSerializerContext
{
}

internal static class Orders
{
    public const string Source = "bigcommerce";
    public const string StatusUpdated = "store/order/statusUpdated";

    public static EventEnvelope Event(int orderId, string status = "Declined", string? id = null, string store = "s1", decimal total = 10m)
        => EventEnvelope.Create(id ?? $"evt-{orderId}-{status}", Source, StatusUpdated, new OrderEvent(store, orderId, status, total), TestJson.Default.OrderEvent)
            with { Subject = $"{store}/{orderId}" };
}
