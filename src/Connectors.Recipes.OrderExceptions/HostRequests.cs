namespace Connectors.Recipes.OrderExceptions;

/// <summary>A customer complaint raised by a contact-centre host (BC-CC-2).</summary>
/// <param name="OrderId">The order complained about.</param>
/// <param name="ComplaintRef">The host's reference for the complaint; part of the idempotency key.</param>
/// <param name="Kind">Return dispute, damaged goods, refund approval, …</param>
/// <param name="Description">What the customer said.</param>
public sealed record ComplaintRequest(int OrderId, string ComplaintRef, string Kind, string Description);

/// <summary>A strategic-account escalation raised by a host (BC-CC-7).</summary>
/// <param name="OrderId">The order with the open issue.</param>
/// <param name="Issue">What is wrong.</param>
/// <param name="Strategic">Whether the host tags the order or account strategic (a customer group can also do it).</param>
public sealed record EscalationRequest(int OrderId, string Issue, bool Strategic = false);

/// <summary>An audit review requested by finance, legal or audit (BC-CC-8).</summary>
/// <param name="OrderId">The order under review.</param>
/// <param name="AuditRef">The audit's reference; part of the idempotency key.</param>
/// <param name="RequestedBy">Who asked.</param>
/// <param name="Reason">Why.</param>
public sealed record AuditRequest(int OrderId, string AuditRef, string RequestedBy, string Reason);

/// <summary>A catalog data problem reported by a host (BC-CC-6): opens a <c>reported</c> case that closes when the product, changed after the report, passes every rule.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Note">What the reporter saw.</param>
public sealed record CatalogIssueReport(int ProductId, string Note);
