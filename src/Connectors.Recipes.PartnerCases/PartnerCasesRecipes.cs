using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Adds every Trading Grid ↔ Core Case recipe (TG-CC-1 … TG-CC-7) with default options.</summary>
public static class PartnerCasesRecipes
{
    /// <summary>Adds TG-CC-1 … TG-CC-7; the cases they open use <paramref name="caseTypeId"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseTypeId">The Core Case case type of dispute, failure, review and escalation cases.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerCasesRecipes(this ScenariosBuilder builder, string caseTypeId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseTypeId);
        return builder
            .AddPartnerDisputeToCase(o => o.CaseTypeId = caseTypeId)
            .AddCaseMilestonesToPartner()
            .AddDocumentEvidenceToCase()
            .AddTransactionFailureToCase(o => o.CaseTypeId = caseTypeId)
            .AddComplianceReviewToCase(o => o.CaseTypeId = caseTypeId)
            .AddThreadEscalationToCase(o => o.CaseTypeId = caseTypeId)
            .AddResolutionToPartner();
    }
}
