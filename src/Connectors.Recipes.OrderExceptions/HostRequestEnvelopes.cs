using System.Globalization;
using Connectors.Scenarios.Events;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>
/// Turns the requests a host application raises (contact centre, merchandising, key-account management, audit) into
/// inbox events. The event id is derived from the request's business key, so a request submitted twice is
/// recognised by the inbox as a duplicate.
/// </summary>
public static class HostRequestEnvelopes
{
    /// <summary>The event of a customer complaint (BC-CC-2).</summary>
    /// <param name="request">The complaint.</param>
    /// <param name="correlationId">The host's correlation id; the event id when not given.</param>
    public static EventEnvelope Complaint(ComplaintRequest request, string? correlationId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Create(Invariant($"complaint:{request.OrderId}:{request.ComplaintRef}"), RecipeTriggers.ComplaintRaised, request, OrderExceptionsJsonContext.Default.ComplaintRequest, correlationId);
    }

    /// <summary>The event of a catalog data problem (BC-CC-6); each report is its own event.</summary>
    /// <param name="report">The report.</param>
    /// <param name="reportId">The host's id of the report.</param>
    /// <param name="correlationId">The host's correlation id; the event id when not given.</param>
    public static EventEnvelope CatalogIssue(CatalogIssueReport report, string reportId, string? correlationId = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        return Create(Invariant($"catalog-issue:{report.ProductId}:{reportId}"), RecipeTriggers.CatalogIssueReported, report, OrderExceptionsJsonContext.Default.CatalogIssueReport, correlationId);
    }

    /// <summary>The event of a strategic-account escalation (BC-CC-7); one escalation per order.</summary>
    /// <param name="request">The escalation.</param>
    /// <param name="correlationId">The host's correlation id; the event id when not given.</param>
    public static EventEnvelope Escalation(EscalationRequest request, string? correlationId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Create(Invariant($"escalation:{request.OrderId}"), RecipeTriggers.EscalationRaised, request, OrderExceptionsJsonContext.Default.EscalationRequest, correlationId);
    }

    /// <summary>The event of an audit request (BC-CC-8).</summary>
    /// <param name="request">The audit request.</param>
    /// <param name="correlationId">The host's correlation id; the event id when not given.</param>
    public static EventEnvelope Audit(AuditRequest request, string? correlationId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Create(Invariant($"audit:{request.OrderId}:{request.AuditRef}"), RecipeTriggers.AuditRequested, request, OrderExceptionsJsonContext.Default.AuditRequest, correlationId);
    }

    private static EventEnvelope Create<T>(string id, string type, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> json, string? correlationId)
        => EventEnvelope.Create(id, RecipeTriggers.HostSource, type, value, json) with { CorrelationId = correlationId };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
