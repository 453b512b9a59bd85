using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.BigCommerce;

/// <summary>
/// An order status id (v2 <c>status_id</c>). The fifteen documented values are named; any other id a store
/// reports (a future or custom status) is kept as is, never rejected.
/// </summary>
/// <param name="Id">The numeric status id.</param>
[JsonConverter(typeof(OrderStatusConverter))]
public readonly record struct OrderStatus(int Id)
{
    private static readonly string[] Names =
    [
        "Incomplete", "Pending", "Shipped", "Partially Shipped", "Refunded", "Cancelled", "Declined",
        "Awaiting Payment", "Awaiting Pickup", "Awaiting Shipment", "Completed", "Awaiting Fulfillment",
        "Manual Verification Required", "Disputed", "Partially Refunded",
    ];

    /// <summary>0: the shopper reached the payment page but did not complete the transaction.</summary>
    public static OrderStatus Incomplete => new(0);

    /// <summary>1: checkout started but not completed.</summary>
    public static OrderStatus Pending => new(1);

    /// <summary>2: shipped.</summary>
    public static OrderStatus Shipped => new(2);

    /// <summary>3: some items shipped.</summary>
    public static OrderStatus PartiallyShipped => new(3);

    /// <summary>4: refunded.</summary>
    public static OrderStatus Refunded => new(4);

    /// <summary>5: cancelled by the seller.</summary>
    public static OrderStatus Cancelled => new(5);

    /// <summary>6: declined (payment or other reasons).</summary>
    public static OrderStatus Declined => new(6);

    /// <summary>7: checkout completed, payment not yet confirmed.</summary>
    public static OrderStatus AwaitingPayment => new(7);

    /// <summary>8: awaiting pickup by the customer.</summary>
    public static OrderStatus AwaitingPickup => new(8);

    /// <summary>9: packed, awaiting collection by the carrier.</summary>
    public static OrderStatus AwaitingShipment => new(9);

    /// <summary>10: completed.</summary>
    public static OrderStatus Completed => new(10);

    /// <summary>11: paid, awaiting fulfilment.</summary>
    public static OrderStatus AwaitingFulfillment => new(11);

    /// <summary>12: on hold for manual verification.</summary>
    public static OrderStatus ManualVerificationRequired => new(12);

    /// <summary>13: the customer disputes the payment.</summary>
    public static OrderStatus Disputed => new(13);

    /// <summary>14: partially refunded.</summary>
    public static OrderStatus PartiallyRefunded => new(14);

    /// <summary>The fifteen documented statuses, by id.</summary>
    public static IReadOnlyList<OrderStatus> All { get; } = Enumerable.Range(0, Names.Length).Select(i => new OrderStatus(i)).ToArray();

    /// <summary>Whether the id is one of the documented statuses.</summary>
    public bool IsKnown => Id >= 0 && Id < Names.Length;

    /// <summary>The documented name, or <c>Status {id}</c> for an unknown id.</summary>
    public string Name => IsKnown ? Names[Id] : $"Status {Id}";

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Reads and writes <see cref="OrderStatus"/> as its number (also accepts a numeric string).</summary>
public sealed class OrderStatusConverter : JsonConverter<OrderStatus>
{
    /// <inheritdoc />
    public override OrderStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Number => new OrderStatus(reader.GetInt32()),
            JsonTokenType.String when int.TryParse(reader.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id) => new OrderStatus(id),
            _ => throw new JsonException($"Expected an order status id, found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, OrderStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Id);
    }
}
