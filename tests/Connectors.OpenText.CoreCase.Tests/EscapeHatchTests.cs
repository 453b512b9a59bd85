using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Hosting;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>The protocol-level escape hatch goes through OpenText sign-in (one refresh on 401) and the retry pipeline.</summary>
public sealed class EscapeHatchTests
{
    [Fact]
    public async Task A_route_called_through_SendAsync_refreshes_a_revoked_token_and_is_retried_after_a_503()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("escape hatch"));
        host.Emulators.Identity.RevokeAll();
        host.Emulators.CoreCase.Faults.Add(Fault.Status(503), count: 1, pathContains: "/cases/");

        Response raw = await host.Client.SendAsync(ApiRequest.Get($"case-definitions/{created.CaseDefinitionId}/cases/{created.Id}"));

        Assert.Equal(200, raw.Status);
        Assert.Equal(created.Id, JsonNode.Parse(raw.Content.Span)!["id"]!.GetValue<string>());
        Assert.Equal(1, host.Emulators.CoreCase.Faults.InjectedCount);
        Assert.Equal(2, host.Emulators.Identity.TokenRequestCount);
    }
}
