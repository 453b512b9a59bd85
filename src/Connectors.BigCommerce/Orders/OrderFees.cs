using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.BigCommerce;

/// <summary>
/// An order's fees as v2 reports them: the list itself (<see cref="Items"/>), or a link to
/// <c>/orders/{id}/fees</c> (<see cref="Url"/>, <see cref="Resource"/>) when the order body does not embed them.
/// </summary>
[JsonConverter(typeof(OrderFeesConverter))]
public sealed class OrderFees
{
    /// <summary>The fees, when the order embeds them; empty otherwise.</summary>
    public IReadOnlyList<OrderFee> Items { get; set; } = [];

    /// <summary>The link to the fees, when the order does not embed them.</summary>
    public string? Url { get; set; }

    /// <summary>The path of the fees resource, when the order does not embed them.</summary>
    public string? Resource { get; set; }
}

/// <summary>A fee on an order (e.g. package protection).</summary>
public sealed class OrderFee
{
    /// <summary>The fee id.</summary>
    public int Id { get; set; }

    /// <summary>The fee type, e.g. <c>custom_fee</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The name the customer sees.</summary>
    public string? DisplayNameCustomer { get; set; }

    /// <summary>The name the merchant sees.</summary>
    public string? DisplayNameMerchant { get; set; }

    /// <summary>Where the fee came from.</summary>
    public string? Source { get; set; }

    /// <summary>The cost before tax adjustments (string or number on the wire).</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal BaseCost { get; set; }

    /// <summary>The cost excluding tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CostExTax { get; set; }

    /// <summary>
    /// The cost excluding tax where a fee spells it <c>cost_exc_tax</c>, as the spec's own fee examples do (the schema
    /// says <c>cost_ex_tax</c>, read into <see cref="CostExTax"/>); <c>null</c> when absent. Kept under the name it came
    /// with, so a fee written back says what it said.
    /// </summary>
    [JsonPropertyName("cost_exc_tax")]
    [JsonConverter(typeof(NullableDecimalStringConverter))]
    public decimal? CostExcTax { get; set; }

    /// <summary>The cost including tax.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CostIncTax { get; set; }

    /// <summary>The tax on the fee.</summary>
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal CostTax { get; set; }

    /// <summary>The tax class, if any.</summary>
    public int? TaxClassId { get; set; }

    /// <summary>Every field this model does not type, kept as received.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
