using Connectors.BigCommerce;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Diagnostics;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Docs.Tests.Guides;

/// <summary>The snippets of docs/verify-against-your-tenant.md: record a client's calls, then replay the recording as a contract test.</summary>
public sealed class VerifyDocsTests
{
    [Fact]
    public async Task A_recording_replays_through_the_client_as_a_contract_test()
    {
        await using var systems = await EmulatedSystems.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"bigcommerce-{Guid.NewGuid():N}.jsonl");
        try
        {
            var services = new ServiceCollection();

            // begin-snippet: verify-record
            // Opt-in: every call of this client is appended to the file, redacted (no headers, no request bodies,
            // no secrets or tokens, no e-mails, phones, names or addresses).
            services.AddBigCommerce(systems.ConfigureBigCommerce)
                .AddRecording("BigCommerce", file);
            // end-snippet

            int orderId;
            await using (var provider = services.BuildServiceProvider())
            {
                var client = provider.GetRequiredService<BigCommerceClient>();
                orderId = (await client.Orders.GetAsync(100)).Value.Id;
            }

            // begin-snippet: verify-replay
            // A contract test from a recording: the client reads the recorded answers through its own pipeline and parser.
            var calls = RecordedCall.Load(file);
            var replay = new ServiceCollection();
            replay.AddBigCommerce(o =>
            {
                o.StoreHash = BigCommerceEmulatorStore; // the store hash the recording was made with
                o.AccessToken = "not-used-by-a-replay";
                o.BaseAddress = new Uri("http://127.0.0.1:9/");
            });
            replay.AddHttpClient(ConnectorServiceCollectionExtensions.HttpClientName(BigCommerceClient.SystemName, string.Empty))
                .ConfigurePrimaryHttpMessageHandler(() => new ReplayHandler(calls));
            await using var replayed = replay.BuildServiceProvider();

            Order order = await replayed.GetRequiredService<BigCommerceClient>().Orders.GetAsync(100);
            Assert.Equal(100, order.Id);
            Assert.Equal("REDACTED", order.BillingAddress?.Email);
            // end-snippet

            Assert.Equal(orderId, order.Id);
            Assert.DoesNotContain(Connectors.Emulators.BigCommerce.BigCommerceEmulator.DefaultAccessToken, await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private const string BigCommerceEmulatorStore = Connectors.Emulators.BigCommerce.BigCommerceEmulator.DefaultStoreHash;
}
