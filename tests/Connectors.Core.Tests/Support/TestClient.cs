using System.Text.Json.Serialization;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Core.Tests.Support;

internal sealed class TestOptions : ConnectorClientOptions;

internal sealed record Item(int Id, string Name);

internal sealed record ItemList(List<Item> Items, int Page, int TotalPages);

[JsonSerializable(typeof(Item))]
[JsonSerializable(typeof(ItemList))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
internal sealed partial class TestJsonContext : JsonSerializerContext;

/// <summary>A minimal client built the way every real client is, against a stub server.</summary>
internal sealed class TestClient(ApiConnection connection)
{
    public ApiConnection Connection { get; } = connection;

    public static (TestClient Client, ServiceProvider Services) Create(
        StubHandler stub,
        Action<ConnectorResilienceOptions>? resilience = null,
        IRateLimitReader? reader = null,
        long? maxResponseBytes = null,
        Action<IServiceCollection>? configureServices = null,
        Action<IHttpClientBuilder>? configureHttp = null)
    {
        var connection = new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None);
        if (maxResponseBytes is { } max)
        {
            connection = connection with { MaxResponseBytes = max };
        }

        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        services.AddConnectorClient(
                string.Empty,
                new ConnectorClientRegistration<TestClient, TestOptions>("Test", (_, http, _) => new TestClient(new ApiConnection(http, connection)))
                {
                    RateLimitReader = reader,
                },
                o =>
                {
                    o.BaseAddress = new Uri("http://127.0.0.1:9/api");
                    o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                    o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(5);
                    resilience?.Invoke(o.Resilience);
                })
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        if (configureHttp is not null)
        {
            configureHttp(services.AddHttpClient(ConnectorServiceCollectionExtensions.HttpClientName("Test", string.Empty)));
        }

        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<TestClient>(), provider);
    }
}
