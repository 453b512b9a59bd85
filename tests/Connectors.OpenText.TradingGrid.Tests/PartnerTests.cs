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
    public async Task List_filters_by_the_three_published_filters()
    {
        var env = seeded.Environment;

        var byName = await env.Client.Partners.ListAsync(new PartnerQuery { PartnerCompanyName = "Northwind Logistics" }).ToListAsync();
        var byAddress = await env.Client.Partners.ListAsync(new PartnerQuery { TradingAddress = "ZZ:ACMEPACK" }).ToListAsync();
        var byId = await env.Client.Partners.ListAsync(new PartnerQuery { PartnerCompanyId = TradingGridSeed.VeronaVittles }).ToListAsync();
        var all = await env.Client.Partners.ListAsync().ToListAsync();

        Assert.Equal(TradingGridSeed.NorthwindLogistics, Assert.Single(byName).PartnerCompanyId);
        Assert.Equal(TradingGridSeed.AcmePackaging, Assert.Single(byAddress).PartnerCompanyId);
        Assert.Equal("Verona Vittles", Assert.Single(byId).PartnerCompanyName);
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public async Task Get_asks_the_directory_with_the_partner_company_id_filter_and_the_unpublished_item_route_is_not_served()
    {
        var env = seeded.Environment;

        TradingPartner partner = await env.Client.Partners.GetAsync(TradingGridSeed.NorthwindLogistics);

        Assert.Equal("Northwind Logistics", partner.PartnerCompanyName);
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => env.Client.SendAsync(
            ApiRequest.Get($"TGCommunityServices/v1/companies/{TradingGridSeed.CompanyId}/partnerDirectory/{TradingGridSeed.NorthwindLogistics}")));
    }

    [Fact]
    public async Task List_pages_through_a_large_directory()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        for (var i = 0; i < 57; i++)
        {
            env.State.AddPartner(new TgPartner($"GCX{i:D4}", $"Bulk Partner {i}", [$"ZZ:BULK{i}"], "Active", "US"));
        }

        var whole = await env.Client.Partners.ListAsync().AsPages().ToListAsync();
        var pages = await env.Client.Partners.ListAsync().AsPages(pageSizeHint: 20).ToListAsync();

        Assert.Equal(60, Assert.Single(whole).Values.Count); // asked as published (no paging parameters): one answer
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
