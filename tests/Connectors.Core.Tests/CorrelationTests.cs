using Connectors.Core.Telemetry;
using Connectors.Core.Tests.Support;

namespace Connectors.Core.Tests;

public class CorrelationTests
{
    [Fact]
    public async Task The_ambient_correlation_id_is_sent_on_every_call_inside_the_scope()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":1,"name":"a"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        using (CorrelationContext.Begin("flow-42"))
        {
            await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);
            await Task.Yield();
            await client.Connection.SendAsync(ApiRequest.Get("items/2"), TestJsonContext.Default.Item);
        }

        await client.Connection.SendAsync(ApiRequest.Get("items/3"), TestJsonContext.Default.Item);

        Assert.Equal("flow-42", stub.Requests[0].Headers.GetValues("X-Correlation-ID").Single());
        Assert.Equal("flow-42", stub.Requests[1].Headers.GetValues("X-Correlation-ID").Single());
        Assert.False(stub.Requests[2].Headers.Contains("X-Correlation-ID"));
        Assert.Null(CorrelationContext.Current);
    }

    [Fact]
    public async Task An_explicit_correlation_id_wins_over_the_ambient_one()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":1,"name":"a"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        using (CorrelationContext.Begin("ambient"))
        {
            await client.Connection.SendAsync(ApiRequest.Get("items/1").WithCorrelationId("explicit"), TestJsonContext.Default.Item);
        }

        Assert.Equal("explicit", stub.Requests[0].Headers.GetValues("X-Correlation-ID").Single());
    }

    [Fact]
    public async Task Handlers_of_the_users_own_see_the_correlation_id_and_idempotency_in_the_request_options()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":1,"name":"a"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        await client.Connection.SendAsync(ApiRequest.Post("items").WithCorrelationId("flow-7").MarkIdempotent(), TestJsonContext.Default.Item);
        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.True(stub.Requests[0].Options.TryGetValue(ConnectorRequestOptions.CorrelationId, out var id));
        Assert.Equal("flow-7", id);
        Assert.True(stub.Requests[0].Options.TryGetValue(ConnectorRequestOptions.Idempotent, out var idempotent) && idempotent);
        Assert.False(stub.Requests[1].Options.TryGetValue(ConnectorRequestOptions.CorrelationId, out var absentId));
        Assert.False(stub.Requests[1].Options.TryGetValue(ConnectorRequestOptions.Idempotent, out var absentFlag));
    }
}
