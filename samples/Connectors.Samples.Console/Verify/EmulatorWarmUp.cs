using Connectors.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Verify;

/// <summary>
/// Against the emulators only: creates one of each thing whose list would otherwise be empty, so every route has an
/// id to be called with. Never used against configured systems (the check itself never writes).
/// </summary>
public static class EmulatorWarmUp
{
    /// <summary>Creates the data and returns the ids the check should start from, by system.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="systems">The running emulators.</param>
    /// <param name="cancellationToken">Stops it.</param>
    public static async Task<IReadOnlyDictionary<string, Dictionary<string, string>>> RunAsync(IServiceProvider services, EmulatedSystems systems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(systems);

        var bigCommerce = services.GetRequiredService<BigCommerceClient>();
        await bigCommerce.Webhooks.CreateAsync(new WebhookRequest { Scope = "store/order/statusUpdated", Destination = "https://hooks.example.com/route-check", IsActive = true }, cancellationToken).ConfigureAwait(false);
        var bigCommerceIds = new Dictionary<string, string>();

        // Small pages: the search stops at the first order with a shipment, so a recording holds a few orders, not 250.
        await foreach (var page in bigCommerce.Orders.ListAsync().AsPages(pageSizeHint: 5, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            foreach (var order in page.Values)
            {
                await foreach (var shipment in bigCommerce.Shipments.ListAsync(order.Id).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    bigCommerceIds["orderId"] = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    bigCommerceIds["shipmentId"] = shipment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                }

                if (bigCommerceIds.Count > 0)
                {
                    break;
                }
            }

            if (bigCommerceIds.Count > 0)
            {
                break;
            }
        }

        var coreCase = services.GetRequiredService<CoreCaseClient>();
        CaseInstance first = await coreCase.Cases.CreateAsync(new CreateCaseOptions { CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId, Title = "Route check" }, cancellationToken).ConfigureAwait(false);
        CaseInstance second = await coreCase.Cases.CreateAsync(new CreateCaseOptions { CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId, Title = "Route check (linked)" }, cancellationToken).ConfigureAwait(false);
        await coreCase.Comments.AddAsync(first.Ref, "Route check comment.", cancellationToken: cancellationToken).ConfigureAwait(false);
        await coreCase.Tasks.CreateAsync(first.Ref, new NewCaseTask { Name = "Route check task" }, cancellationToken).ConfigureAwait(false);
        using (var file = new MemoryStream("route check"u8.ToArray()))
        {
            await coreCase.Attachments.UploadAsync(first.Ref, file, "route-check.txt", "text/plain", cancellationToken).ConfigureAwait(false);
        }

        await coreCase.Links.AddAsync(first.Ref, second.Ref, cancellationToken: cancellationToken).ConfigureAwait(false);

        var exstream = services.GetRequiredService<ExstreamClient>();
        await exstream.Jobs.SubmitAsync(new CommunicationRequest
        {
            CommunicationId = "approval-letter",
            Channel = CommunicationChannel.Email,
            Recipient = new Recipient { Id = "route-check", Name = "Route Check", Email = "route-check@example.com" },
        }, cancellationToken).ConfigureAwait(false);
        var binding = await exstream.Design.DescribeCommunicationAsync("approval-letter", cancellationToken).ConfigureAwait(false);
        await systems.Exstream.PumpAsync(cancellationToken).ConfigureAwait(false);
        await systems.Exstream.PumpAsync(cancellationToken).ConfigureAwait(false);

        var tradingGrid = services.GetRequiredService<TradingGridClient>();
        await foreach (var space in tradingGrid.Spaces.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await tradingGrid.Threads.CreateAsync(space.SpaceId, new NewThread("Route check", new PartnerPost("Route check.")), cancellationToken).ConfigureAwait(false);
            using var content = new MemoryStream("route check"u8.ToArray());
            await tradingGrid.Documents.UploadAsync(space.SpaceId, new DocumentUpload("route-check.txt", content, DocumentType.Other) { ContentType = "text/plain" }, cancellationToken).ConfigureAwait(false);
            break;
        }

        await tradingGrid.Onboarding.SubmitAsync(new NewOnboardingSubmission("Route Check Ltd", "edi@routecheck.example"), cancellationToken).ConfigureAwait(false);

        var workflow = services.GetRequiredService<WorkflowServiceClient>();
        var start = new StartProcessOptions { BusinessKey = "route-check" };
        start.Variables.Add(WorkflowVariable.FromString("routeCheck", "yes"));
        await workflow.ProcessInstances.StartAsync("partner-exception", start, cancellationToken).ConfigureAwait(false);

        return new Dictionary<string, Dictionary<string, string>>
        {
            ["BigCommerce"] = bigCommerceIds,
            ["Exstream"] = new() { ["communicationSetId"] = binding.CommunicationSetId },
            ["CoreCase"] = new() { ["caseDefinitionId"] = first.Ref.CaseDefinitionId, ["caseId"] = first.Ref.CaseId },
        };
    }
}
