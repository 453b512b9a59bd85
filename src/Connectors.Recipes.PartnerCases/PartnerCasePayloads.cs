namespace Connectors.Recipes.PartnerCases;

/// <summary>
/// A Trading Grid change event as the partner-case recipes carry it after their triggers: both the webhook delivery
/// and the feed's poll twin carry the vendor's <see cref="Connectors.OpenText.TradingGrid.TradingGridEvent"/>, which
/// <see cref="PartnerCaseLinks.ToPartnerEvent"/> maps to this record.
/// </summary>
/// <param name="EventId">The event id.</param>
/// <param name="Type">The event type, for example <c>thread.created</c>.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="PartnerCompanyId">The partner's company id.</param>
/// <param name="SpaceId">The community space.</param>
/// <param name="ThreadId">The thread.</param>
/// <param name="PostId">The post.</param>
/// <param name="DocumentId">The shared document.</param>
/// <param name="TransactionId">The failed transaction.</param>
/// <param name="ErrorCode">The transaction's error code.</param>
public sealed record PartnerEvent(
    string EventId,
    string Type,
    DateTimeOffset OccurredAt,
    string? PartnerCompanyId = null,
    string? SpaceId = null,
    string? ThreadId = null,
    string? PostId = null,
    string? DocumentId = null,
    string? TransactionId = null,
    string? ErrorCode = null);

/// <summary>A Core Case event (milestone) as the partner-case recipes carry it.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="Case">The case (definition and id).</param>
/// <param name="Type">The event type, for example <c>STATUS_CHANGED</c>.</param>
/// <param name="OccurredOn">When it happened.</param>
/// <param name="ToStatus">The new status of a status change (or the status of a created case).</param>
/// <param name="TaskId">The task of a task event.</param>
/// <param name="Reason">The reason given with a status change.</param>
/// <param name="Sequence">The event's position in the Core Case feed (0 when unknown).</param>
public sealed record CaseMilestone(
    string EventId,
    Connectors.OpenText.CoreCase.CaseRef Case,
    string Type,
    DateTimeOffset OccurredOn,
    string? ToStatus = null,
    string? TaskId = null,
    string? Reason = null,
    long Sequence = 0);

/// <summary>A community thread found unanswered past the SLA, or explicitly escalated by a host (TG-CC-6).</summary>
/// <param name="ThreadId">The thread.</param>
/// <param name="Reason">Why it is escalated, for example <c>unanswered for 4h</c> or the requester's words.</param>
/// <param name="RequestedBy">Who asked for the escalation, when it was explicit.</param>
public sealed record ThreadEscalation(string ThreadId, string Reason, string? RequestedBy = null);

/// <summary>A compliance / audit request (TG-CC-5): a partner question in the community, or an internal policy exception from a host.</summary>
/// <param name="PartnerCompanyId">The partner concerned.</param>
/// <param name="RequestId">The request id (the thread id for a partner question); part of the idempotency key.</param>
/// <param name="Title">A short title.</param>
/// <param name="Description">What the request is about (kept on the case, never posted).</param>
/// <param name="SpaceId">The partner's community space, when known.</param>
/// <param name="ThreadId">The thread updates go to, when the request came from the community.</param>
public sealed record ComplianceRequest(string PartnerCompanyId, string RequestId, string Title, string Description, string? SpaceId = null, string? ThreadId = null);

/// <summary>The case a step opened or found, journaled so a replay yields it again.</summary>
/// <param name="Case">The case (definition and id).</param>
/// <param name="CaseNumber">The case number.</param>
/// <param name="PartnerCompanyId">The partner the case is about.</param>
/// <param name="SpaceId">The partner's community space.</param>
/// <param name="ThreadId">The thread partner updates go to.</param>
public sealed record CaseReference(Connectors.OpenText.CoreCase.CaseRef Case, string? CaseNumber, string? PartnerCompanyId = null, string? SpaceId = null, string? ThreadId = null);

