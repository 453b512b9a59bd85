using Connectors.BigCommerce;
using Connectors.Scenarios;
using Connectors.Scenarios.Storage;
using Connectors.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.AspNetCore.Tests;

/// <summary>The five emulators and a real Kestrel WebApplication on 127.0.0.1:0 with the webhook endpoints and health checks.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public const string BigCommerceSecret = "a-long-shared-secret-for-tests";
    public const int MaxBodyBytes = 8 * 1024;

    internal RecordingInbox Inbox { get; } = new();

    public EmulatedSystems Systems { get; private set; } = null!;

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        Systems = await EmulatedSystems.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddEmulatedConnectors(Systems);
        builder.Services.AddSingleton<IScenarioInbox>(Inbox);
        builder.Services.AddSingleton<IScenarioStore, InMemoryScenarioStore>();
        builder.Services.AddConnectorsWebhooks(o =>
        {
            o.BigCommerceSecret = BigCommerceSecret;
            o.MaxBodyBytes = MaxBodyBytes;
        });
        builder.Services.AddConnectorsHealthChecks();
        App = builder.Build();
        App.MapConnectorsWebhooks("/webhooks");
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public Uri Endpoint(string system) => new(BaseAddress, "webhooks/" + system);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        await Systems.DisposeAsync();
    }

    public static BigCommerceWebhookReceiver BigCommerceReceiver() => new(BigCommerceSecret);
}
