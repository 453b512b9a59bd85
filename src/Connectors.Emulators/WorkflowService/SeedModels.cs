namespace Connectors.Emulators.WorkflowService;

/// <summary>The process definitions the emulator deploys at start.</summary>
public static class SeedModels
{
    /// <summary>The claims process key.</summary>
    public const string ClaimsKey = "claims-process";

    /// <summary>The partner onboarding process key.</summary>
    public const string PartnerOnboardingKey = "partner-onboarding";

    /// <summary>The document review process key.</summary>
    public const string DocumentReviewKey = "document-review";

    /// <summary>
    /// Claims (TG-WF-6): intake → validation → [valid = false → rejected] → investigation → approval
    /// → [approved = false → denied] → settlement → settled.
    /// </summary>
    public static ProcessModel Claims { get; } = new(
        ClaimsKey,
        "Claims process",
        "intake",
        [
            new UserTaskNode("intake", "Claim intake", ["claims-intake"], "validation"),
            new UserTaskNode("validation", "Claim validation", ["claims-validation"], "validGateway"),
            new ExclusiveGatewayNode("validGateway", [new GatewayCondition("valid", "false", "rejected")], "investigation"),
            new UserTaskNode("investigation", "Claim investigation", ["claims-investigation"], "approval"),
            new UserTaskNode("approval", "Claim approval", ["claims-approvers"], "approvedGateway", Priority: 70),
            new ExclusiveGatewayNode("approvedGateway", [new GatewayCondition("approved", "false", "denied")], "settlement"),
            new UserTaskNode("settlement", "Claim settlement", ["claims-finance"], "settled"),
            new EndNode("settled"),
            new EndNode("rejected"),
            new EndNode("denied"),
        ]);

    /// <summary>Partner onboarding (TG-WF-3): compliance check → account setup → master data validation → approval.</summary>
    public static ProcessModel PartnerOnboarding { get; } = new(
        PartnerOnboardingKey,
        "Partner onboarding",
        "complianceCheck",
        [
            new UserTaskNode("complianceCheck", "Compliance check", ["compliance"], "accountSetup"),
            new UserTaskNode("accountSetup", "Account setup", ["partner-accounts"], "masterDataValidation"),
            new UserTaskNode("masterDataValidation", "Master data validation", ["master-data"], "approval"),
            new UserTaskNode("approval", "Onboarding approval", ["onboarding-approvers"], "onboarded"),
            new EndNode("onboarded"),
        ]);

    /// <summary>Document review (TG-WF-2): review → [decision = changes-requested → revise → review] → reviewed.</summary>
    public static ProcessModel DocumentReview { get; } = new(
        DocumentReviewKey,
        "Document review",
        "review",
        [
            new UserTaskNode("review", "Review document", ["document-reviewers"], "decisionGateway"),
            new ExclusiveGatewayNode("decisionGateway", [new GatewayCondition("decision", "changes-requested", "revise")], "reviewed"),
            new UserTaskNode("revise", "Revise document", ["document-owners"], "review"),
            new EndNode("reviewed"),
        ]);

    /// <summary>Every seeded model.</summary>
    public static IReadOnlyList<ProcessModel> All { get; } = [Claims, PartnerOnboarding, DocumentReview];
}
