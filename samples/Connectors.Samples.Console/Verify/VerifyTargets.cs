using Connectors.BigCommerce;
using Connectors.Core;
using Connectors.Core.Diagnostics;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Samples.Verify;

/// <summary>One system the route check covers: its configuration section, client, route catalog and the ids its options give.</summary>
/// <param name="Name">The name on the command line and in the report (the configuration section).</param>
/// <param name="HttpSystem">The client's system name (its HTTP client is named after it).</param>
/// <param name="Client">Gets the default client.</param>
/// <param name="Probes">The client's route catalog.</param>
/// <param name="Seeds">Ids known from the client's options (company, domain).</param>
public sealed record VerifyTarget(
    string Name,
    string HttpSystem,
    Func<IServiceProvider, ConnectorClient> Client,
    IReadOnlyList<RouteProbe> Probes,
    Func<IServiceProvider, IEnumerable<KeyValuePair<string, string>>> Seeds);

/// <summary>The five systems, in report order.</summary>
public static class VerifyTargets
{
    /// <summary>Every system the check knows.</summary>
    public static IReadOnlyList<VerifyTarget> All { get; } =
    [
        new("BigCommerce", BigCommerceClient.SystemName, sp => sp.GetRequiredService<BigCommerceClient>(), BigCommerceRouteCatalog.Probes, _ => []),
        new("CoreCase", CoreCaseClient.SystemName, sp => sp.GetRequiredService<CoreCaseClient>(), CoreCaseRouteCatalog.Probes, _ => []),
        new("Exstream", ExstreamClient.SystemName, sp => sp.GetRequiredService<ExstreamClient>(), ExstreamRouteCatalog.Probes,
            sp => [KeyValuePair.Create("domain", sp.GetRequiredService<IOptionsMonitor<ExstreamClientOptions>>().Get(Options.DefaultName).Domain)]),
        new("TradingGrid", TradingGridClient.SystemName, sp => sp.GetRequiredService<TradingGridClient>(), TradingGridRouteCatalog.Probes,
            sp => [KeyValuePair.Create("companyId", sp.GetRequiredService<IOptionsMonitor<TradingGridClientOptions>>().Get(Options.DefaultName).CompanyId)]),
        new("WorkflowService", WorkflowServiceClient.SystemName, sp => sp.GetRequiredService<WorkflowServiceClient>(), WorkflowServiceRouteCatalog.Probes, _ => []),
    ];
}
