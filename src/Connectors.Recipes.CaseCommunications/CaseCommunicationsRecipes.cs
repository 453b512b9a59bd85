using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>Adds the whole Core Case ↔ Exstream section (CC-EX-1 … CC-EX-7).</summary>
public static class CaseCommunicationsRecipes
{
    /// <summary>
    /// Adds CC-EX-1 … CC-EX-7 with their defaults. Only CC-EX-6 needs a choice: the case type of contact-data cases.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="contactDataCaseDefinitionId">The case type CC-EX-6 opens for failed deliveries.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddCaseCommunicationsRecipes(this ScenariosBuilder builder, string contactDataCaseDefinitionId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactDataCaseDefinitionId);
        return builder
            .AddMilestoneCommunications()
            .AddDocumentFiling()
            .AddDisputeLetters()
            .AddRegulatoryNotices()
            .AddStageCommunications()
            .AddDeliveryFailureFollowUp(o => o.CaseDefinitionId = contactDataCaseDefinitionId)
            .AddCaseTimeline();
    }
}
