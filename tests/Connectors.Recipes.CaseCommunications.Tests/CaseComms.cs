using System.Text.Json.Nodes;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.Exstream;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications.Tests;

/// <summary>Starts a <see cref="RecipeTestHost"/> for the Core Case ↔ Exstream recipes and seeds what they need.</summary>
internal static class CaseComms
{
    public static readonly string[] Templates =
    [
        "denial-letter", "escalation-notice", "closure-letter", "dispute-response-letter",
        "acknowledgement-letter", "missing-information-request", "renewal-notice",
    ];

    public static async Task<RecipeTestHost> StartAsync(Action<ScenariosBuilder> recipes)
    {
        var host = await RecipeTestHost.StartAsync(recipes);
        var exstream = host.Systems.Exstream;

        // Jobs finish and deliveries are reported on the next pump: no waiting on the emulator's clock.
        exstream.QueueTime = TimeSpan.Zero;
        exstream.ProcessingTime = TimeSpan.Zero;
        exstream.DeliveryDelay = TimeSpan.Zero;
        foreach (var template in Templates)
        {
            exstream.AddCommunication(template);
        }

        return host;
    }

    public static CoreCaseClient CoreCase(this RecipeTestHost host) => host.Get<CoreCaseClient>();

    public static async Task<CaseInstance> NewCaseAsync(this RecipeTestHost host, string name = "Ada Lovelace", string email = "ada@example.com", DateTimeOffset? due = null)
    {
        var create = new CreateCaseOptions { CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId, Title = $"Claim of {name}", DueDate = due };
        create.Attributes["customerId"] = "cust-1";
        create.Attributes["customerName"] = name;
        create.Attributes["customerEmail"] = email;
        create.Attributes["policyNumber"] = "P-100";
        create.Attributes["internalRisk"] = "high";
        return (await host.CoreCase().Cases.CreateAsync(create)).Value;
    }

    public static async Task SetAsync(this RecipeTestHost host, CaseRef caseRef, string attribute, string value)
    {
        var update = new UpdateCaseOptions();
        update.Attributes[attribute] = value;
        await host.CoreCase().Cases.UpdateAsync(caseRef, update);
    }

    public static IReadOnlyList<EmulatedJob> JobsOf(this RecipeTestHost host, CaseRef caseRef)
        => [.. host.Systems.Exstream.Jobs.Where(j => Text(j, "correlationId") == CaseLink.Format(caseRef))];

    public static string? Text(EmulatedJob job, string field) => job.Request[field]?.GetValue<string>();

    public static string? Data(EmulatedJob job, string field) => (job.Request["data"] as JsonObject)?[field]?.ToString();

    public static string? RecipientEmail(EmulatedJob job) => job.Request["recipient"]?["email"]?.GetValue<string>();
}
