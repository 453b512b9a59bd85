using System.Text.Json.Serialization;
using Connectors.Core;
using Connectors.Emulators.Hosting;

namespace Connectors.BigCommerce.Tests;

/// <summary>The protocol-level escape hatch goes through the same X-Auth-Token handler and retry pipeline as the typed calls.</summary>
public sealed class EscapeHatchTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_route_called_through_SendAsync_is_authenticated_and_retried_after_a_503()
    {
        using var store = fixture.NewStore();
        var injected = fixture.Emulator.Faults.InjectedCount;
        fixture.Emulator.Faults.Add(Fault.Status(503), count: 1, pathContains: store.State.StoreHash + "/v2/orders/100");

        Response<OrderSummary> order = await store.Client.SendAsync(ApiRequest.Get("v2/orders/100"), EscapeHatchJson.Default.OrderSummary);

        Assert.Equal((100, 200), (order.Value.Id, order.GetRawResponse().Status));
        Assert.Equal(injected + 1, fixture.Emulator.Faults.InjectedCount);

        using var wrongToken = fixture.NewStore(o => o.AccessToken = "not-the-token");
        var refused = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => wrongToken.Client.SendAsync(ApiRequest.Get("v2/orders/100")));
        Assert.Equal(401, refused.Status);
    }
}

public sealed record OrderSummary([property: JsonPropertyName("id")] int Id, [property: JsonPropertyName("status_id")] int StatusId);

[JsonSerializable(typeof(OrderSummary))]
internal sealed partial class EscapeHatchJson : JsonSerializerContext;
