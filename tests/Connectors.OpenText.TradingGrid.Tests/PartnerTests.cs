using Connectors.Core;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class PartnerTests(SeededEnvironmentFixture seeded) : IClassFixture<SeededEnvironmentFixture>
{
    [Fact]
    public async Task Get_returns_the_partner_from_the_directory()
    {
        var env = seeded.Environment;

        TradingPartner partner = await env.Client.Partners.GetAsync(TradingGridSeed.VeronaVittles);

        Assert.Equal("Verona Vittles", partner.PartnerCompanyName);
        Assert.Contains("ZZ:DEMOSUPPLIER5", partner.TradingAddresses);
        Assert.Equal("Active", partner.Status);
    }

    [Fact]
    public async Task Get_of_an_unknown_partner_throws_not_found_with_the_vendor_code()
    {
        var env = seeded.Environment;

        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => env.Client.Partners.GetAsync("GC999"));

        Assert.Equal(404, error.Status);
        Assert.Equal("PARTNER_NOT_FOUND", error.ErrorCode);
        Assert.Equal(TradingGridClient.SystemName, error.System);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task List_searches_by_name_and_by_trading_address()
    {
        var env = seeded.Environment;

        var byName = await env.Client.Partners.ListAsync(new PartnerQuery { Name = "north" }).ToListAsync();
        var byAddress = await env.Client.Partners.ListAsync(new PartnerQuery { TradingAddress = "ZZ:ACMEPACK" }).ToListAsync();
        var all = await env.Client.Partners.ListAsync().ToListAsync();

        Assert.Equal(TradingGridSeed.NorthwindLogistics, Assert.Single(byName).PartnerCompanyId);
        Assert.Equal(TradingGridSeed.AcmePackaging, Assert.Single(byAddress).PartnerCompanyId);
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public async Task List_pages_through_a_large_directory()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        for (var i = 0; i < 57; i++)
        {
            env.State.AddPartner(new TgPartner($"GCX{i:D4}", $"Bulk Partner {i}", [$"ZZ:BULK{i}"], "Active", "US"));
        }

        var pages = await env.Client.Partners.ListAsync().AsPages(pageSizeHint: 20).ToListAsync();

        Assert.Equal(3, pages.Count);
        Assert.Equal(60, pages.Sum(p => p.Values.Count));
        Assert.All(pages, p => Assert.Equal(60, p.TotalCount));
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task Contacts_of_a_partner_are_listed()
    {
        var env = seeded.Environment;

        var contacts = await env.Client.Partners.ListContactsAsync(TradingGridSeed.VeronaVittles).ToListAsync();

        Assert.Equal(2, contacts.Count);
        var maria = contacts.Single(c => c.FirstName == "Maria");
        Assert.Equal("EDI Coordinator", maria.Role);
        Assert.Equal("maria.rossi@veronavittles.example", maria.ContactInformation?.Email);
    }
}
