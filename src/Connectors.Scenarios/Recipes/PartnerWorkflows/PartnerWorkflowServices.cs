using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Scenarios.Recipes.PartnerWorkflows;

/// <summary>
/// Gives the poll twins the host's clients: a poll query runs outside any step, so it has no scope of its own.
/// The provider is captured when the host starts, before any poller runs.
/// </summary>
internal sealed class PartnerWorkflowServices
{
    private IServiceProvider? _provider;

    public static PartnerWorkflowServices Register(ScenariosBuilder builder)
    {
        var holder = new PartnerWorkflowServices();
        builder.Services.AddSingleton<IHostedService>(sp =>
        {
            holder._provider = sp;
            return new Capture();
        });
        return holder;
    }

    public T Get<T>()
        where T : notnull
        => (_provider ?? throw new InvalidOperationException("A partner-workflow poll ran before the host built its services; start the host first."))
            .GetRequiredService<T>();

    private sealed class Capture : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
