using Connectors.OpenText.Exstream;
using Connectors.Scenarios.Building;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Recipes.CaseCommunications;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications.Tests;

/// <summary>The snippets of docs/recipes/case-communications.md, compiled and checked here.</summary>
public sealed class DocsSampleTests
{
    [Fact]
    public void Whole_section_registers_every_scenario_and_the_timeline()
    {
        var services = new ServiceCollection();

        // begin-snippet: case-communications-section
        services.AddScenarios()
            .UseInMemoryStore()
            .AddCaseCommunicationsRecipes(contactDataCaseDefinitionId: "d388103d-0e35-476b-9d92-6b99ec2a7f1c");
        // end-snippet

        Assert.Equal(
            ["CC-EX-1", "CC-EX-2", "CC-EX-3", "CC-EX-4", "CC-EX-5", "CC-EX-6", "CC-EX-6.resend"],
            Scenarios(services));
        Assert.Contains(services, d => d.ServiceType == typeof(CaseTimelineService));
    }

    [Fact]
    public void Each_recipe_is_added_with_its_own_options()
    {
        var services = new ServiceCollection();

        // begin-snippet: case-communications-single
        services.AddScenarios()
            .UseInMemoryStore()
            .AddMilestoneCommunications(o =>
            {
                o.Templates["approval"] = "claim-approved-letter";
                o.StatusMilestones["RESOLVED"] = "approval";
                o.Channel = CommunicationChannel.Print;
                o.SharedAttributes.Add("policyNumber");    // only these attributes reach the customer
            })
            .AddDocumentFiling(o => o.CommunicationIds.Add("claim-approved-letter"))
            .AddDisputeLetters(o => o.Templates["upheld"] = "complaint-upheld-letter")
            .AddRegulatoryNotices(o => o.Notices["privacy-breach"] = "gdpr-art34-notice")
            .AddStageCommunications(o => o.CreatedStage = null)
            .AddDeliveryFailureFollowUp(o =>
            {
                o.CaseDefinitionId = "contact-data-case-type";
                o.Queue = "customer-data-team";
            })
            .AddCaseTimeline(o => o.IncludeInternalNotes = false);
        // end-snippet

        Assert.Equal(7, Scenarios(services).Count);
    }

    [Fact]
    public void Invalid_options_fail_when_the_recipe_is_added()
    {
        var builder = new ServiceCollection().AddScenarios();

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddDeliveryFailureFollowUp(_ => { }));
        Assert.Contains("CaseDefinitionId is required", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => builder.AddRegulatoryNotices(o => o.Notices.Clear()));
        Assert.Throws<InvalidOperationException>(() => builder.AddStageCommunications(o => o.CreatedStage = "welcome"));
    }

    private static List<string> Scenarios(IServiceCollection services)
        => [.. services.Where(d => d.ServiceType == typeof(ScenarioPipeline)).Select(d => ((ScenarioPipeline)d.ImplementationInstance!).Name)];
}
