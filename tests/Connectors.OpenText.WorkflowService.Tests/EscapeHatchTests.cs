using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Hosting;

namespace Connectors.OpenText.WorkflowService.Tests;

/// <summary>The protocol-level escape hatch goes through OpenText sign-in (one refresh on 401) and the retry pipeline.</summary>
public sealed class EscapeHatchTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_route_called_through_SendAsync_refreshes_a_revoked_token_and_is_retried_after_a_503()
    {
        await _host.Client.Models.ListAsync().ToListAsync();
        var tokensBefore = _host.Identity.TokenRequestCount;
        _host.Identity.RevokeAll();
        _host.Emulator.Faults.Add(Fault.Status(503), count: 1, pathContains: "/tasks");

        Response raw = await _host.Client.SendAsync(ApiRequest.Get("tasks").WithQuery("sort", "createTime").WithQuery("order", "desc"));

        Assert.Equal(200, raw.Status);
        Assert.NotNull(JsonNode.Parse(raw.Content.Span));
        Assert.Equal(1, _host.Emulator.Faults.InjectedCount);
        Assert.Equal(tokensBefore + 1, _host.Identity.TokenRequestCount);
    }
}
