using System.Text.Json.Nodes;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.Exstream;
using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using RecipeCaseLink = Connectors.Recipes.CaseCommunications.CaseLink;

namespace Connectors.Samples.Checks.CaseCommunications;

/// <summary>Customer cases for the Core Case ↔ Exstream checks, and what Exstream received about them.</summary>
internal static class Customers
{
    /// <summary>Opens a claim case of a customer of its own, so each check sees only its own letters.</summary>
    public static async Task<CaseInstance> NewCaseAsync(this CatalogContext context, string customer, CancellationToken cancellationToken)
    {
        var create = new CreateCaseOptions { CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId, Title = $"Claim of {customer}" };
        create.Attributes["customerId"] = customer;
        create.Attributes["customerName"] = customer;
        create.Attributes["customerEmail"] = Email(customer);
        create.Attributes["policyNumber"] = "P-" + customer;
        return (await context.Get<CoreCaseClient>().Cases.CreateAsync(create, cancellationToken).ConfigureAwait(false)).Value;
    }

    public static string Email(string customer) => customer + "@example.com";

    public static async Task SetAsync(this CatalogContext context, CaseRef caseRef, string attribute, string value, CancellationToken cancellationToken)
    {
        var update = new UpdateCaseOptions();
        update.Attributes[attribute] = value;
        await context.Get<CoreCaseClient>().Cases.UpdateAsync(caseRef, update, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Exstream jobs linked to a case, in submission order.</summary>
    public static IReadOnlyList<EmulatedJob> JobsOf(this CatalogContext context, CaseRef caseRef)
        => [.. context.Systems!.Exstream.Jobs.Where(j => Text(j, "correlationId") == RecipeCaseLink.Format(caseRef))];

    public static string? Text(EmulatedJob job, string field) => job.Request[field]?.GetValue<string>();

    public static string? Data(EmulatedJob job, string field) => (job.Request["data"] as JsonObject)?[field]?.ToString();

    public static string? RecipientEmail(EmulatedJob job) => job.Request["recipient"]?["email"]?.GetValue<string>();

    public static string Templates(this IEnumerable<EmulatedJob> jobs) => string.Join(", ", jobs.Select(j => Text(j, "communicationId")));

    /// <summary>Lets Exstream finish queued jobs and report deliveries now.</summary>
    public static Task PumpExstreamAsync(this CatalogContext context, CancellationToken cancellationToken)
        => context.Systems!.Exstream.PumpAsync(cancellationToken);
}
