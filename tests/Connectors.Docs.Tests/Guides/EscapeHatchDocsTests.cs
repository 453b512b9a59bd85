using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Connectors.Core;
using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.TradingGrid;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Docs.Tests.Guides;

/// <summary>The escape-hatch snippet of docs/core.md, run against the emulated Trading Grid.</summary>
public sealed class EscapeHatchDocsTests
{
    [Fact]
    public async Task Escape_hatch_snippet_calls_raw_typed_post_and_stream_routes_through_the_client()
    {
        await using var systems = await EmulatedSystems.StartAsync();
        var services = new ServiceCollection();
        services.AddTradingGrid(systems.ConfigureTradingGrid);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TradingGridClient>();
        var companyId = TradingGridSeed.CompanyId;
        var space = systems.TradingGrid.State.Spaces.First(s => s.PartnerCompanyId == TradingGridSeed.VeronaVittles);
        var documentId = systems.TradingGrid.State.PartnerSharesDocument(space.SpaceId, "coa.pdf", Encoding.UTF8.GetBytes("%PDF-1.4"), "Certificate").DocumentId;

        // begin-snippet: escape-hatch
        // Any route, modelled or not: same sign-in, retries, pacing, telemetry and typed errors as client.Partners.
        Response raw = await client.SendAsync(
            ApiRequest.Get($"TGCommunityServices/v1/companies/{companyId}/partnerDirectory")
                .WithQuery("tradingAddress", "ZZ:DEMOSUPPLIER5"));
        JsonNode? directory = JsonNode.Parse(raw.Content.Span);

        // Typed, with your own source-generated JsonSerializerContext.
        Response<LensAnswer> lens = await client.SendAsync(
            ApiRequest.Post("visibility_transaction_search")
                .WithJson(new JsonObject { ["query"] = "query { getTransactions(query: {count: 5 offset: 0}) { total } }" })
                .MarkIdempotent(), // a search changes nothing: let the pipeline retry it like a GET
            MyJson.Default.LensAnswer);

        // Downloads, read as they arrive.
        await using StreamResponse file = await client.SendForStreamAsync(
            ApiRequest.Get($"TGCommunityServices/v1/companies/{companyId}/documents/{documentId}/content"));
        // end-snippet

        Assert.Equal(200, raw.Status);
        Assert.Contains("ZZ:DEMOSUPPLIER5", directory!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(lens.Value.Data.GetTransactions.Total > 0);
        using var reader = new StreamReader(file.Content);
        Assert.Equal("%PDF-1.4", await reader.ReadToEndAsync());
    }
}

public sealed record LensAnswer(LensData Data);

public sealed record LensData(LensTotal GetTransactions);

public sealed record LensTotal(long Total);

[JsonSerializable(typeof(LensAnswer))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
internal sealed partial class MyJson : JsonSerializerContext;
