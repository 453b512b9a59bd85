namespace Connectors.Samples.Catalog;

/// <summary>The 36 flows of the scenario catalog, in catalog order.</summary>
public static class CatalogIds
{
    /// <summary>The line the engine smoke check reports under; not a catalog ID.</summary>
    public const string Smoke = "SMOKE";

    /// <summary>Every catalog row.</summary>
    public static IReadOnlyList<CatalogEntry> All { get; } =
    [
        new("BC-CC-1", "Order exception (fraud review, payment failure, inventory mismatch, shipping delay) opens a case"),
        new("BC-CC-2", "Customer complaint (return dispute, damaged goods, refund) opens a complaint case; resolution flows back"),
        new("BC-CC-3", "Regulated product order is held for a compliance case; approved releases, rejected cancels"),
        new("BC-CC-4", "Large or unusual order is held for an approval case; approved proceeds, rejected cancels"),
        new("BC-CC-5", "Suspicious customer activity opens an investigation case; outcome holds the account"),
        new("BC-CC-6", "Catalog data issue opens a merchandising case that closes when the product re-validates"),
        new("BC-CC-7", "Strategic / B2B account escalation opens an escalation case; remedy reflected on the order"),
        new("BC-CC-8", "Audit review of a transaction: case with order snapshot and evidence attachments"),
        new("TG-CC-1", "Partner dispute raised in the community opens a case with conversation and documents"),
        new("TG-CC-2", "Case milestone published to the partner's community space (never internal notes)"),
        new("TG-CC-3", "Document shared in the community attached to the case as evidence; more requested back"),
        new("TG-CC-4", "B2B transaction failure opens a case with transaction ids, errors and history"),
        new("TG-CC-5", "Partner compliance / audit review tracked on a case; updates returned to the community"),
        new("TG-CC-6", "Unanswered community thread past its SLA escalated to a support case"),
        new("TG-CC-7", "Resolved case posts its resolution summary and root cause to the partner group"),
        new("CC-EX-1", "Case milestone (approval, denial, escalation, closure) sends an Exstream communication"),
        new("CC-EX-2", "Completed Exstream job files its output documents on the case"),
        new("CC-EX-3", "Case outcome sends a response letter; a changed outcome sends a revised letter"),
        new("CC-EX-4", "Compliance case action sends a regulatory notice from a controlled template"),
        new("CC-EX-5", "Case stage change sends the stage's lifecycle communication"),
        new("CC-EX-6", "Exstream delivery failure opens a case to fix contact data, then resends"),
        new("CC-EX-7", "Case timeline merges case events and communication history in time order"),
        new("TG-WF-1", "Partner dispute in the community starts a workflow with owner, due date and approvals"),
        new("TG-WF-2", "Document uploaded in the community starts a review; the outcome is posted back"),
        new("TG-WF-3", "Partner onboarding submission runs an onboarding process; each status published back"),
        new("TG-WF-4", "Order discrepancy is classified and routed to a team; resolution posted in the thread"),
        new("TG-WF-5", "Compliance certificate validated on submission and reminded before expiry"),
        new("TG-WF-6", "Claim runs intake, validation, investigation, approval and settlement; stages reflected"),
        new("TG-WF-7", "Partner request (pricing exception, data correction, service) becomes a workflow task"),
        new("TG-WF-8", "Workflow process / task state change posted to the partner's space"),
        new("O2C-1", "Orders imported once, in order per store, to the host's order-management sink"),
        new("O2C-2", "Inventory synced from the host's source; low stock raises one reorder per crossing"),
        new("O2C-3", "Payment status mirrored and refunds issued through the refunds API"),
        new("O2C-4", "Warehouse confirmation creates the shipment with tracking and moves the order status"),
        new("O2C-5", "Carrier delivered event sets the order Completed"),
        new("O2C-6", "Sales analytics computed by streaming every order in a range"),
    ];
}
