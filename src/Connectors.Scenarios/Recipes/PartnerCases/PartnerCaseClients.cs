using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Scenarios.Recipes.PartnerCases;

/// <summary>
/// Gives poll triggers (which receive no service provider) the host's clients: the provider is captured when the
/// runner reads <see cref="ScenarioOptions"/>, which happens before any poll.
/// </summary>
internal sealed class PartnerCaseClients
{
    private IServiceProvider? _services;

    private PartnerCaseClients()
    {
    }

    public TradingGridClient TradingGrid => Services.GetRequiredService<TradingGridClient>();

    public CoreCaseClient CoreCase => Services.GetRequiredService<CoreCaseClient>();

    public TimeProvider Time => Services.GetService<TimeProvider>() ?? TimeProvider.System;

    private IServiceProvider Services => _services ?? throw new InvalidOperationException("The scenarios runner has not started yet.");

    public static PartnerCaseClients Register(ScenariosBuilder builder)
    {
        var clients = new PartnerCaseClients();
        builder.Services.AddSingleton<IConfigureOptions<ScenarioOptions>>(sp =>
            new ConfigureNamedOptions<ScenarioOptions>(Options.DefaultName, _ => clients._services = sp));
        return clients;
    }
}
