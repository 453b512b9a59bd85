using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>A payment transaction of an order (<c>/v3/orders/{id}/transactions</c>). v3 money is a JSON number.</summary>
public sealed class Transaction
{
    /// <summary>The transaction id.</summary>
    public int Id { get; set; }

    /// <summary>The order id (a string on the wire).</summary>
    public string? OrderId { get; set; }

    /// <summary><c>purchase</c>, <c>authorization</c>, <c>capture</c>, <c>refund</c>, <c>void</c>, <c>pending</c>, <c>settled</c>.</summary>
    public string? Event { get; set; }

    /// <summary><c>credit_card</c>, <c>store_credit</c>, <c>offline</c>, …</summary>
    public string? Method { get; set; }

    /// <summary>The amount.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal Amount { get; set; }

    /// <summary>ISO 4217 currency.</summary>
    public string? Currency { get; set; }

    /// <summary>The gateway.</summary>
    public string? Gateway { get; set; }

    /// <summary>The gateway's transaction id.</summary>
    public string? GatewayTransactionId { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>Whether it was a test.</summary>
    public bool Test { get; set; }

    /// <summary><c>ok</c> or <c>error</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Whether the gateway flagged it for fraud review.</summary>
    public bool FraudReview { get; set; }

    /// <summary>The transaction this one acts on.</summary>
    public int? ReferenceTransactionId { get; set; }

    /// <summary>The payment method id.</summary>
    public string? PaymentMethodId { get; set; }

    /// <summary>Every field this model does not type (card, AVS, CVV results, …), kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
