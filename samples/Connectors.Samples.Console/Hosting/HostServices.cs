namespace Connectors.Samples.Hosting;

/// <summary>
/// The built host's services, for poll triggers: their queries are defined when scenarios are registered,
/// before the container exists, and run only after the host has started.
/// </summary>
public sealed class HostServices
{
    private IServiceProvider? _services;

    /// <summary>The host's services.</summary>
    /// <exception cref="InvalidOperationException">The host has not been built yet.</exception>
    public IServiceProvider Services
    {
        get => _services ?? throw new InvalidOperationException("A poll trigger ran before the host was built.");
        set => _services = value;
    }
}
