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
    public required string EventId { get; init; }

    /// <summary>The event's position in the company's feed.</summary>
    public long Sequence { get; init; }

    /// <summary>What happened.</summary>
    public required TradingGridEventType EventType { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The company whose feed this is.</summary>
    public string? CompanyId { get; init; }

    /// <summary>The partner involved, if any.</summary>
    public string? PartnerCompanyId { get; init; }

    /// <summary>The ids of the resources involved.</summary>
    public TradingGridEventData Data { get; init => field = value ?? new(); } = new();
}

/// <summary>The ids an event refers to; which are set depends on the event type.</summary>
public sealed class TradingGridEventData
{
    /// <summary>The space.</summary>
    public string? SpaceId { get; init; }

    /// <summary>The thread.</summary>
    public string? ThreadId { get; init; }

    /// <summary>The post.</summary>
    public string? PostId { get; init; }

    /// <summary>The visibility of the post, for <c>post.created</c>.</summary>
    public PostVisibility? Visibility { get; init; }

    /// <summary>The document.</summary>
    public string? DocumentId { get; init; }

    /// <summary>The transaction.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The transaction's error code, for <c>transaction.failed</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The onboarding submission.</summary>
    public string? SubmissionId { get; init; }

    /// <summary>The new status, for status changes.</summary>
    public string? Status { get; init; }
}
