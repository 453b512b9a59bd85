using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Scenarios.Recipes;

/// <summary>
/// Gives poll triggers (which are built at registration, before the container exists) the host's clients: the
/// container is captured when the host builds its hosted services, which happens before any poller runs.
/// </summary>
internal sealed class RecipeServices
{
    private IServiceProvider? _provider;

    public static RecipeServices Register(ScenariosBuilder builder)
    {
        var holder = new RecipeServices();
        builder.Services.AddSingleton<IHostedService>(sp =>
        {
            holder._provider = sp;
            return new Capture();
        });
        return holder;
    }

    public T Get<T>()
        where T : notnull
        => (_provider ?? throw new InvalidOperationException("The recipe's poll trigger ran before the host built its services; start the host first."))
            .GetRequiredService<T>();

    private sealed class Capture : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
