using System.Diagnostics;
using System.Net.Sockets;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Core.Tests;

/// <summary>Every byte read from a vendor is under a deadline: stalled, slow-drip and broken bodies over a real socket.</summary>
public sealed class DeadlineTests
{
    private const string Body = """{"id":1,"name":"a"}""";

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_ends_within_the_attempt_timeout_and_a_GET_is_retried()
    {
        await using var server = new RawHttpServer(async (n, stream, ct) =>
        {
            await RawHttpServer.WriteHeadAsync(stream, Body.Length, ct);
            if (n < 3)
            {
                await RawHttpServer.WriteAsync(stream, Body[..5], ct);
                await Task.Delay(Timeout.Infinite, ct); // the rest never comes
            }

            await RawHttpServer.WriteAsync(stream, Body, ct);
        });
        using var services = Client(server, r => r.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        var client = services.GetRequiredService<TestClient>();

        var watch = Stopwatch.StartNew();
        var item = await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.Equal("a", item.Value.Name);
        Assert.Equal(3, server.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_stalled_body_of_a_POST_is_not_retried_and_becomes_a_transient_timeout_error()
    {
        await using var server = new RawHttpServer(async (_, stream, ct) =>
        {
            await RawHttpServer.WriteHeadAsync(stream, Body.Length, ct);
            await RawHttpServer.WriteAsync(stream, "{", ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var services = Client(server, r => r.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        var client = services.GetRequiredService<TestClient>();

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => client.Connection.SendAsync(ApiRequest.Post("items").WithJson(new Item(1, "a"), TestJsonContext.Default.Item), TestJsonContext.Default.Item));

        Assert.True(error.IsTransient);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_slow_drip_body_is_cut_at_the_attempt_timeout_even_with_the_resilience_pipeline_off()
    {
        await using var server = new RawHttpServer(async (_, stream, ct) =>
        {
            await RawHttpServer.WriteHeadAsync(stream, Body.Length, ct);
            foreach (var c in Body)
            {
                await RawHttpServer.WriteAsync(stream, c.ToString(), ct);
                await Task.Delay(150, ct); // one byte every 150 ms: 3 s for the body
            }
        });
        using var services = Client(server, r =>
        {
            r.Enabled = false;
            r.AttemptTimeout = TimeSpan.FromMilliseconds(500);
        });
        var client = services.GetRequiredService<TestClient>();

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item));

        Assert.True(error.IsTransient);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2.5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_streamed_body_that_stalls_fails_the_read_with_a_typed_timeout()
    {
        await using var server = new RawHttpServer(async (_, stream, ct) =>
        {
            await RawHttpServer.WriteHeadAsync(stream, 1000, ct);
            await RawHttpServer.WriteAsync(stream, new string('x', 10), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var services = Client(server, r => r.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        var client = services.GetRequiredService<TestClient>();

        await using var download = await client.Connection.SendForStreamAsync(ApiRequest.Get("files/1"));
        var buffer = new byte[10];
        await download.Content.ReadExactlyAsync(buffer);

        Assert.Equal(new string('x', 10), System.Text.Encoding.ASCII.GetString(buffer));
        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(async () => await download.Content.ReadExactlyAsync(new byte[1]));
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_connection_reset_in_the_middle_of_a_body_is_retried_for_a_GET()
    {
        await using var server = new RawHttpServer(async (n, stream, ct) =>
        {
            await RawHttpServer.WriteHeadAsync(stream, Body.Length, ct);
            if (n == 1)
            {
                await RawHttpServer.WriteAsync(stream, Body[..5], ct);
                stream.Socket.Close(0); // reset after part of the body
                return;
            }

            await RawHttpServer.WriteAsync(stream, Body, ct);
        });
        using var services = Client(server);
        var client = services.GetRequiredService<TestClient>();

        var item = await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.Equal(1, item.Value.Id);
        Assert.Equal(2, server.Requests);
    }

    private static ServiceProvider Client(RawHttpServer server, Action<Resilience.ConnectorResilienceOptions>? resilience = null)
    {
        var services = new ServiceCollection();
        services.AddConnectorClient(
            string.Empty,
            new ConnectorClientRegistration<TestClient, TestOptions>("Test", (_, http, _) => new TestClient(new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None)))),
            o =>
            {
                o.BaseAddress = server.BaseAddress;
                o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(5);
                resilience?.Invoke(o.Resilience);
            });
        return services.BuildServiceProvider();
    }
}
