using System.Text.Json.Serialization;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>
/// A BigCommerce resource change in the shape BigCommerce webhooks deliver
/// (<c>{"scope":"store/order/statusUpdated","data":{"type":"order","id":250}}</c>); the poll twins produce the same shape,
/// so a webhook body can be submitted as is.
/// </summary>
public sealed record ResourceSignal
{
    /// <summary>The webhook scope, for example <c>store/order/statusUpdated</c>.</summary>
    [JsonPropertyName("scope")]
    public string Scope { get; init; } = "";

    /// <summary>The store, as <c>stores/{hash}</c>.</summary>
    [JsonPropertyName("producer")]
    public string? Producer { get; init; }

    /// <summary>The changed resource.</summary>
    [JsonPropertyName("data")]
    public ResourceRef Data { get; init; } = new();

    /// <summary>When the change happened (Unix seconds in webhooks).</summary>
    [JsonPropertyName("created_at")]
    public long CreatedAt { get; init; }
}

/// <summary>The resource a <see cref="ResourceSignal"/> points at.</summary>
public sealed record ResourceRef
{
    /// <summary><c>order</c>, <c>product</c> or <c>customer</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>The resource id.</summary>
    [JsonPropertyName("id")]
    public int Id { get; init; }
}

/// <summary>A Core Case status change read from the case events feed; drives the flow-backs.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="Case">The case (definition and id).</param>
/// <param name="FromStatus">The status before.</param>
/// <param name="ToStatus">The status after, for example <c>RESOLVED</c>.</param>
/// <param name="Reason">The reason given with the change, often the outcome (<c>approved</c>).</param>
/// <param name="OccurredOn">When it happened.</param>
public sealed record CaseMilestone(string EventId, Connectors.OpenText.CoreCase.CaseRef Case, string? FromStatus, string ToStatus, string? Reason, DateTimeOffset OccurredOn);
