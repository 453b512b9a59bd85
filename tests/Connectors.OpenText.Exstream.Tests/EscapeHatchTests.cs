using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.Hosting;

namespace Connectors.OpenText.Exstream.Tests;

/// <summary>The protocol-level escape hatch goes through OpenText sign-in (one refresh on 401) and the retry pipeline.</summary>
public sealed class EscapeHatchTests
{
    [Fact]
    public async Task A_route_called_through_SendAsync_refreshes_a_revoked_token_and_is_retried_after_a_503()
    {
        await using var context = await ExstreamTestContext.StartAsync();
        await context.Client.Callbacks.ListAsync().ToListAsync();
        context.Identity.RevokeAll();
        context.Exstream.Faults.Add(Fault.Status(503), count: 1, pathContains: "/jobs/");

        Response raw = await context.Client.SendAsync(ApiRequest.Get($"orchestration/api/v1/jobs/{ExstreamEmulator.DefaultDomain}"));

        Assert.Equal(200, raw.Status);
        Assert.NotNull(JsonNode.Parse(raw.Content.Span));
        Assert.Equal(1, context.Exstream.Faults.InjectedCount);
        Assert.Equal(2, context.Identity.TokenRequestCount);
    }
}
