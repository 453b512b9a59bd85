using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Scenarios.Recipes.OrderToCash;

/// <summary>
/// Gives a poll trigger (built before the host exists) the host's services: the host constructs every hosted
/// service before starting any, so the binding is in place before the first poll.
/// </summary>
internal sealed class LateServices
{
    private IServiceProvider? _provider;

    public IServiceProvider Provider => _provider
        ?? throw new InvalidOperationException("The order-to-cash recipes are not bound to a started host yet.");

    public static LateServices Register(IServiceCollection services)
    {
        var late = new LateServices();
        services.AddSingleton<IHostedService>(sp => new Binding(late, sp));
        return late;
    }

    private sealed class Binding : IHostedService
    {
        public Binding(LateServices late, IServiceProvider provider) => late._provider = provider;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
