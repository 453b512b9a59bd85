using System.Text.Json.Serialization;

namespace Connectors.OpenText.TradingGrid;

/// <summary>A B2B (EDI) transaction as Trading Grid Lens reports it.</summary>
public sealed class B2BTransaction
{
    /// <summary>The transaction id.</summary>
    [JsonPropertyName("transactionid")]
    public required string TransactionId { get; set; }

    /// <summary>The id shared by the interchange, its groups and documents.</summary>
    [JsonPropertyName("correlationid")]
    public string? CorrelationId { get; set; }

    /// <summary>The parent (interchange or group) transaction.</summary>
    [JsonPropertyName("parenttransactionid")]
    public string? ParentTransactionId { get; set; }

    /// <summary><c>Interchange</c>, <c>Group</c> or <c>Document</c>.</summary>
    [JsonPropertyName("transactionlevel")]
    public string? TransactionLevel { get; set; }

    /// <summary>The sender's name.</summary>
    [JsonPropertyName("sendername")]
    public string? SenderName { get; set; }

    /// <summary>The sender's EDI address.</summary>
    [JsonPropertyName("senderaddress")]
    public string? SenderAddress { get; set; }

    /// <summary>The receiver's name.</summary>
    [JsonPropertyName("receivername")]
    public string? ReceiverName { get; set; }

    /// <summary>The receiver's EDI address.</summary>
    [JsonPropertyName("receiveraddress")]
    public string? ReceiverAddress { get; set; }

    /// <summary>The EDI document type, e.g. 850, 856, 810.</summary>
    [JsonPropertyName("editype")]
    public EdiDocumentType? DocumentType { get; set; }

    /// <summary>The standard and version, e.g. <c>X12 004010</c>.</summary>
    [JsonPropertyName("standardversion")]
    public string? StandardVersion { get; set; }

    /// <summary>The processing status.</summary>
    [JsonPropertyName("status")]
    public TransactionStatus Status { get; set; }

    /// <summary>When the status was set.</summary>
    [JsonPropertyName("statusdate")]
    public DateTimeOffset? StatusDate { get; set; }

    /// <summary>When the transaction arrived at Trading Grid.</summary>
    [JsonPropertyName("arrivaltime")]
    public DateTimeOffset? ArrivalTime { get; set; }

    /// <summary>The error code, when it failed (e.g. an AK5/TA1 code).</summary>
    [JsonPropertyName("errorcode")]
    public string? ErrorCode { get; set; }

    /// <summary>The error category.</summary>
    [JsonPropertyName("errortype")]
    public string? ErrorType { get; set; }

    /// <summary>The error text meant for the customer.</summary>
    [JsonPropertyName("externalerrormessage")]
    public string? ErrorMessage { get; set; }

    /// <summary>The functional acknowledgement status from the receiver.</summary>
    [JsonPropertyName("receiveackstatus")]
    public AcknowledgementStatus? AcknowledgementStatus { get; set; }

    /// <summary>The delivery status.</summary>
    [JsonPropertyName("deliverystatus")]
    public string? DeliveryStatus { get; set; }

    /// <summary>Business references (purchase order number, invoice number, shipment identification…).</summary>
    [JsonPropertyName("contentkeys")]
    public IReadOnlyList<ContentKey> ContentKeys { get; set => field = value ?? []; } = [];

    /// <summary>Every other field Lens returned (the Lens collection's "ALL FIELDS" query selects about 60).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, System.Text.Json.JsonElement>? AdditionalData { get; internal set; }

    /// <summary>The value of a business reference, e.g. <c>purchase order number</c>.</summary>
    /// <param name="key">The key, as Lens names it.</param>
    public string? GetContentKey(string key)
        => ContentKeys.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase))?.Value;
}

/// <summary>A business reference Lens extracted from a transaction.</summary>
/// <param name="Key">The key, e.g. <c>purchase order number</c>.</param>
/// <param name="Value">The value.</param>
public sealed record ContentKey(string Key, string Value);
