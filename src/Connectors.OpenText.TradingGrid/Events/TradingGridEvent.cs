using System.Text.Json.Serialization.Metadata;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>A change in the company's Trading Grid community, documents, onboarding or transactions.</summary>
public sealed class TradingGridEvent
{
    /// <summary>
    /// The source-generated JSON metadata the client reads events with (the callback body and the feed item), for
    /// storing or triggering on a delivery as received, for example <c>Trigger.Webhook(source, type, TradingGridEvent.JsonTypeInfo)</c>.
    /// </summary>
    public static JsonTypeInfo<TradingGridEvent> JsonTypeInfo => TradingGridJsonContext.Default.TradingGridEvent;

    /// <summary>The event id; use it to de-duplicate deliveries.</summary>
    public required string EventId { get; set; }

    /// <summary>The event's position in the company's feed.</summary>
    public long Sequence { get; set; }

    /// <summary>What happened.</summary>
    public required TradingGridEventType EventType { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The company whose feed this is.</summary>
    public string? CompanyId { get; set; }

    /// <summary>The partner involved, if any.</summary>
    public string? PartnerCompanyId { get; set; }

    /// <summary>The ids of the resources involved.</summary>
    public TradingGridEventData Data { get; set => field = value ?? new(); } = new();
}

/// <summary>The ids an event refers to; which are set depends on the event type.</summary>
public sealed class TradingGridEventData
{
    /// <summary>The space.</summary>
    public string? SpaceId { get; set; }

    /// <summary>The thread.</summary>
    public string? ThreadId { get; set; }

    /// <summary>The post.</summary>
    public string? PostId { get; set; }

    /// <summary>The visibility of the post, for <c>post.created</c>.</summary>
    public PostVisibility? Visibility { get; set; }

    /// <summary>The document.</summary>
    public string? DocumentId { get; set; }

    /// <summary>The transaction.</summary>
    public string? TransactionId { get; set; }

    /// <summary>The transaction's error code, for <c>transaction.failed</c>.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>The onboarding submission.</summary>
    public string? SubmissionId { get; set; }

    /// <summary>The new status, for status changes.</summary>
    public string? Status { get; set; }
}
