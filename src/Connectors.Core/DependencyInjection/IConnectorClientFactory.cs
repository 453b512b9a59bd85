namespace Connectors.Core.DependencyInjection;

/// <summary>Creates named client instances (one per store, tenant or account) registered with <c>Add{System}(name, …)</c>.</summary>
/// <typeparam name="TClient">The client type.</typeparam>
public interface IConnectorClientFactory<out TClient>
    where TClient : class
{
    /// <summary>The client registered under <paramref name="name"/>.</summary>
    /// <param name="name">The instance name; <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the default one.</param>
    /// <exception cref="InvalidOperationException">No client was registered under that name.</exception>
    TClient CreateClient(string name);
}

internal sealed class ConnectorClientFactory<TClient>(IServiceProvider services) : IConnectorClientFactory<TClient>
    where TClient : class
{
    public TClient CreateClient(string name)
        => Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions.GetKeyedService<TClient>(services, name)
           ?? throw new InvalidOperationException($"No {typeof(TClient).Name} is registered under the name '{name}'. Register it with Add…(\"{name}\", …).");
}
