using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Adds every Trading Grid ↔ Core Case recipe (TG-CC-1 … TG-CC-7) with default options.</summary>
public static class PartnerCasesRecipes
{
    /// <summary>Adds TG-CC-1 … TG-CC-7; the cases they open use <paramref name="caseDefinitionId"/>.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseDefinitionId">The Core Case case type of dispute, failure, review and escalation cases.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerCasesRecipes(this ScenariosBuilder builder, string caseDefinitionId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseDefinitionId);
        return builder
            .AddPartnerDisputeToCase(o => o.CaseDefinitionId = caseDefinitionId)
            .AddCaseMilestonesToPartner()
            .AddDocumentEvidenceToCase(o => o.CaseDefinitionIds.Add(caseDefinitionId))
            .AddTransactionFailureToCase(o => o.CaseDefinitionId = caseDefinitionId)
            .AddComplianceReviewToCase(o => o.CaseDefinitionId = caseDefinitionId)
            .AddThreadEscalationToCase(o => o.CaseDefinitionId = caseDefinitionId)
            .AddResolutionToPartner();
    }
}
