using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Scenarios.Recipes.CaseCommunications;

/// <summary>
/// Gives poll triggers (which are defined before the host is built) the host's clients. The engine reads
/// <see cref="ScenarioOptions"/> when it creates its runner and inbox, before any poll runs, so a configure hook
/// on those options is the earliest reliable point where the root provider is known.
/// </summary>
internal sealed class RecipeServices
{
    private IServiceProvider? _provider;

    public static RecipeServices Attach(ScenariosBuilder builder)
    {
        var services = new RecipeServices();
        builder.Services.AddSingleton<IConfigureOptions<ScenarioOptions>>(sp =>
            new ConfigureOptions<ScenarioOptions>(_ => services._provider = sp));
        return services;
    }

    public T Get<T>()
        where T : notnull
        => (_provider ?? throw new InvalidOperationException("The scenarios host has not started yet.")).GetRequiredService<T>();
}
