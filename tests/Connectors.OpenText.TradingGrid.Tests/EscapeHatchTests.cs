using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

/// <summary>The protocol-level escape hatch goes through Trading Grid sign-in (one refresh on 401) and the retry pipeline.</summary>
public sealed class EscapeHatchTests
{
    [Fact]
    public async Task A_route_called_through_SendForStreamAsync_refreshes_a_revoked_token_and_is_retried_after_a_503()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync(ownIdentity: true);
        await env.Client.Partners.ListAsync().ToListAsync();
        env.Identity.RevokeAll();
        env.Emulator.Faults.Add(Fault.Status(503), count: 1, pathContains: "/partnerDirectory");

        await using var stream = await env.Client.SendForStreamAsync(
            ApiRequest.Get($"TGCommunityServices/v1/companies/{TradingGridSeed.CompanyId}/partnerDirectory").WithQuery("partnerCompanyId", TradingGridSeed.VeronaVittles));
        var body = await JsonNode.ParseAsync(stream.Content);

        Assert.Equal(200, stream.Raw.Status);
        Assert.Contains(TradingGridSeed.VeronaVittles, body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, env.Emulator.Faults.InjectedCount);
        Assert.Equal(2, env.Identity.TokenRequestCount);
    }
}
