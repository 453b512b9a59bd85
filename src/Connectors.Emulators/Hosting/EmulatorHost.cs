using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Emulators.Hosting;

/// <summary>
/// A running loopback web server for one emulator: Kestrel on 127.0.0.1 (port 0 by default),
/// the fault-injection middleware in front of the emulator's routes.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseAddress, FaultInjector faults)
    {
        _app = app;
        BaseAddress = baseAddress;
        Faults = faults;
    }

    /// <summary>The root address of the emulator, e.g. <c>http://127.0.0.1:51234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Faults to apply to the next matching requests.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Starts a host on loopback and maps the emulator's routes.</summary>
    /// <param name="name">The emulator's name, used in logs.</param>
    /// <param name="mapRoutes">Maps the emulator's endpoints.</param>
    /// <param name="port">The port to bind; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<EmulatorHost> StartAsync(
        string name,
        Action<WebApplication> mapRoutes,
        int port = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapRoutes);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = name });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = 256L * 1024 * 1024;
            o.AllowSynchronousIO = false;
        });
        var faults = new FaultInjector();
        var app = builder.Build();
        app.Use(faults.Middleware);
        mapRoutes(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorHost(app, new Uri(address.TrimEnd('/') + "/"), faults);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
