namespace Connectors.Recipes.OrderExceptions;

/// <summary>What a case needs to know about an order, read once by the recipe's enrich step.</summary>
public sealed record OrderSnapshot
{
    /// <summary>The store hash.</summary>
    public string Store { get; init; } = "";

    /// <summary>The order id.</summary>
    public int OrderId { get; init; }

    /// <summary>The customer (0 for guests).</summary>
    public int CustomerId { get; init; }

    /// <summary>The customer's name from the billing address.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The customer's e-mail.</summary>
    public string? CustomerEmail { get; init; }

    /// <summary>The order status id.</summary>
    public int StatusId { get; init; }

    /// <summary>The order status name.</summary>
    public string Status { get; init; } = "";

    /// <summary>The payment status (<c>captured</c>, <c>declined</c>, …).</summary>
    public string? PaymentStatus { get; init; }

    /// <summary>The payment method.</summary>
    public string? PaymentMethod { get; init; }

    /// <summary>Total including tax.</summary>
    public decimal Total { get; init; }

    /// <summary>Discounts on the order (coupon and manual).</summary>
    public decimal Discount { get; init; }

    /// <summary>The currency.</summary>
    public string? Currency { get; init; }

    /// <summary>The billing country (ISO 2).</summary>
    public string? Country { get; init; }

    /// <summary>When the order was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the order last changed.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>Staff notes (internal).</summary>
    public string? StaffNotes { get; init; }

    /// <summary>The order lines.</summary>
    public IReadOnlyList<OrderLineSnapshot> Lines { get; init; } = [];
}

/// <summary>One order line.</summary>
/// <param name="OrderProductId">The order-product id (refunds name it).</param>
/// <param name="ProductId">The catalog product.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Name">The name.</param>
/// <param name="Quantity">Quantity ordered.</param>
/// <param name="Price">Unit price including tax.</param>
public sealed record OrderLineSnapshot(int OrderProductId, int ProductId, string? Sku, string? Name, int Quantity, decimal Price);
