using System.Text.Json.Nodes;

namespace Connectors.Emulators.BigCommerce.Model;

internal sealed class Order
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public int StatusId { get; set; }
    public DateTimeOffset DateCreated { get; set; }
    public DateTimeOffset DateModified { get; set; }
    public DateTimeOffset? DateShipped { get; set; }
    public decimal ShippingCostIncTax { get; set; }
    public decimal TaxRate { get; set; }
    public decimal DiscountAmount { get; set; }
    public string PaymentMethod { get; set; } = "Credit Card";
    public string PaymentStatus { get; set; } = "captured";
    public decimal RefundedAmount { get; set; }
    public string StaffNotes { get; set; } = "";
    public string CustomerMessage { get; set; } = "";
    public string CurrencyCode { get; set; } = "USD";
    public int ChannelId { get; set; } = 1;
    public string? ExternalSource { get; set; }
    public string? ExternalOrderId { get; set; }
    public string OrderSource { get; set; } = "www";
    public bool IsDeleted { get; set; }
    public JsonObject BillingAddress { get; set; } = [];
    public List<OrderProduct> Products { get; } = [];
    public List<ShippingAddress> ShippingAddresses { get; } = [];
    public List<Shipment> Shipments { get; } = [];
    public List<OrderMessage> Messages { get; } = [];
    public List<OrderCoupon> Coupons { get; } = [];
    public List<Transaction> Transactions { get; } = [];
    public List<Refund> Refunds { get; } = [];
    public List<Metafield> Metafields { get; } = [];

    public string Email => Wire.StringOf(BillingAddress["email"]) ?? "";

    public decimal SubtotalExTax => Products.Sum(p => p.PriceExTax * p.Quantity);

    public decimal SubtotalIncTax => Products.Sum(p => p.PriceIncTax * p.Quantity);

    public decimal TotalIncTax => SubtotalIncTax + ShippingCostIncTax - DiscountAmount;

    public decimal TotalTax => SubtotalIncTax - SubtotalExTax;

    public decimal TotalExTax => TotalIncTax - TotalTax;

    public int ItemsTotal => Products.Sum(p => p.Quantity);

    public int ItemsShipped => Products.Sum(p => p.QuantityShipped);
}

internal sealed class OrderProduct
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public int VariantId { get; set; }
    public int OrderAddressId { get; set; }
    public string Name { get; set; } = "";
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
    public int QuantityShipped { get; set; }
    public int QuantityRefunded { get; set; }
    public decimal PriceExTax { get; set; }
    public decimal PriceIncTax { get; set; }
}

internal sealed class ShippingAddress
{
    public int Id { get; set; }
    public JsonObject Address { get; set; } = [];
    public string ShippingMethod { get; set; } = "Flat Rate";
    public decimal CostIncTax { get; set; }
}

internal sealed class Shipment
{
    public int Id { get; set; }
    public int OrderAddressId { get; set; }
    public DateTimeOffset DateCreated { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string ShippingProvider { get; set; } = "";
    public string TrackingCarrier { get; set; } = "";
    public string TrackingLink { get; set; } = "";
    public string Comments { get; set; } = "";
    public string ShippingMethod { get; set; } = "";
    public decimal MerchantShippingCost { get; set; }
    public List<(int OrderProductId, int ProductId, int Quantity)> Items { get; } = [];
}

internal sealed class OrderMessage
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public string Subject { get; set; } = "";
    public string Message { get; set; } = "";
    public string Status { get; set; } = "unread";
    public bool IsFlagged { get; set; }
    public DateTimeOffset DateCreated { get; set; }
}

internal sealed class OrderCoupon
{
    public int Id { get; set; }
    public int CouponId { get; set; }
    public string Code { get; set; } = "";
    public decimal Amount { get; set; }
    public int Type { get; set; }
    public decimal Discount { get; set; }
}

internal sealed class Transaction
{
    public int Id { get; set; }
    public string Event { get; set; } = "purchase";
    public string Method { get; set; } = "credit_card";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public string Gateway { get; set; } = "testgateway";
    public string GatewayTransactionId { get; set; } = "";
    public DateTimeOffset DateCreated { get; set; }
    public string Status { get; set; } = "ok";
    public bool FraudReview { get; set; }
    public bool Test { get; set; } = true;
}

internal sealed class Refund
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public DateTimeOffset Created { get; set; }
    public string Reason { get; set; } = "";
    public decimal TotalAmount { get; set; }
    public decimal TotalTax { get; set; }
    public List<(int Id, string ProviderId, decimal Amount, bool Offline)> Payments { get; } = [];
    public JsonArray Items { get; set; } = [];
    public bool UsesMerchantOverrideValues { get; set; }
    public string TransactionId { get; set; } = "";
}

internal sealed class Metafield
{
    public int Id { get; set; }
    public int ResourceId { get; set; }
    public string Namespace { get; set; } = "";
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public string? Description { get; set; }
    public string PermissionSet { get; set; } = "app_only";
    public DateTimeOffset DateCreated { get; set; }
    public DateTimeOffset DateModified { get; set; }
}
