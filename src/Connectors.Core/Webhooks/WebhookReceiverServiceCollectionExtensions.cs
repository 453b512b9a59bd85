using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Core.Webhooks;

/// <summary>Registers webhook receivers for hosts to map (for example <c>MapConnectorsWebhooks</c> in Connectors.AspNetCore).</summary>
public static class WebhookReceiverServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="receiver"/> as its own type and as <see cref="IWebhookReceiver"/>, so a host maps
    /// every registered receiver at <c>{prefix}/{receiver.Source}</c>.
    /// </summary>
    /// <typeparam name="TReceiver">The receiver type.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="receiver">The receiver, with its secrets.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddWebhookReceiver<TReceiver>(this IServiceCollection services, TReceiver receiver)
        where TReceiver : class, IWebhookReceiver
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(receiver);
        if (services.Any(d => !d.IsKeyedService && d.ServiceType == typeof(IWebhookReceiver) && d.ImplementationInstance is IWebhookReceiver r && r.Source == receiver.Source))
        {
            throw new InvalidOperationException($"A webhook receiver for source '{receiver.Source}' is already registered.");
        }

        services.AddSingleton(receiver);
        services.AddSingleton<IWebhookReceiver>(receiver);
        return services;
    }
}
