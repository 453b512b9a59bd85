using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Adds the whole Trading Grid ↔ Workflow Service section (TG-WF-1 … TG-WF-8).</summary>
public static class PartnerWorkflowsRecipes
{
    /// <summary>Adds TG-WF-1 … TG-WF-8 with their defaults; <paramref name="pollInterval"/> applies to every poll twin.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="pollInterval">Time between polls; one minute when not given.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddPartnerWorkflowsRecipes(this ScenariosBuilder builder, TimeSpan? pollInterval = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var interval = pollInterval ?? TimeSpan.FromMinutes(1);
        return builder
            .AddPartnerExceptionWorkflow(o => o.PollInterval = interval)
            .AddDocumentReviewWorkflow(o => o.PollInterval = interval)
            .AddPartnerOnboardingWorkflow(o => o.PollInterval = interval)
            .AddOrderDiscrepancyWorkflow(o => o.PollInterval = interval)
            .AddCertificateValidationWorkflow(o => o.PollInterval = interval)
            .AddPartnerClaimsWorkflow(o => o.PollInterval = interval)
            .AddPartnerRequestWorkflow(o => o.PollInterval = interval)
            .AddWorkflowProgressPublishing(o => o.PollInterval = interval);
    }
}
