using System.Text;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.Exstream;

namespace Connectors.OpenText.Exstream.Tests;

/// <summary>Finding what to call through the design reads, against the emulator's store of OpenText's sample resources.</summary>
public sealed class DesignTests : IAsyncLifetime
{
    private ExstreamTestContext _ctx = null!;

    public async Task InitializeAsync() => _ctx = await ExstreamTestContext.StartAsync();

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    [Fact]
    public async Task The_domains_list_names_the_client_domain_and_the_collection_domain()
    {
        var domains = await _ctx.Client.Design.ListDomainsAsync().ToListAsync();

        Assert.Contains(domains, d => d.Id == ExstreamEmulator.DefaultDomain);
        Assert.Contains(domains, d => d.Id == ExstreamEmulator.SampleDomain);
    }

    [Fact]
    public async Task The_approved_communications_are_the_published_samples_and_the_added_ones()
    {
        var communications = await _ctx.Client.Design.ListResourcesAsync(ResourceQuery.ApprovedCommunications).ToListAsync();

        Assert.All(communications, c => Assert.Equal((ResourceType.Communication, ResourceState.Approved), (c.Type, c.State)));
        Assert.Equal(
            new[] { ExstreamEmulator.ApprovalLetter, ExstreamEmulator.ClaimAcknowledgement, ExstreamEmulator.ClaimEstimateLetter, ExstreamEmulator.EmpowerFulfillment, ExstreamEmulator.RegulatoryNotice, ExstreamEmulator.SettlementLetter }.Order(StringComparer.Ordinal),
            communications.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Claim Estimate Letter", communications.Single(c => c.Id == ExstreamEmulator.ClaimEstimateLetter).Name);
    }

    [Fact]
    public async Task Resources_are_paged_by_count_and_a_0_based_page_offset_without_gaps_or_repeats()
    {
        var all = await _ctx.Client.Design.ListResourcesAsync(ResourceQuery.Approved).ToListAsync();
        var pages = new List<Page<DesignResource>>();
        await foreach (var page in _ctx.Client.Design.ListResourcesAsync(ResourceQuery.Approved).AsPages(pageSizeHint: 7))
        {
            pages.Add(page);
        }

        Assert.True(all.Count > 20, $"{all.Count} resources");
        Assert.Equal((all.Count + 6) / 7, pages.Count);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(7, p.Values.Count));
        Assert.Equal(all.Select(r => r.Id), pages.SelectMany(p => p.Values).Select(r => r.Id));
        Assert.Equal(all.Count, pages[0].TotalCount);
    }

    [Fact]
    public async Task A_type_filter_narrows_the_list()
    {
        var samples = await _ctx.Client.Design.ListResourcesAsync(new ResourceQuery { Types = [ResourceType.SampleFile] }).ToListAsync();

        Assert.Equal(4, samples.Count); // the four sample files of OpenText's export packages
        Assert.All(samples, s => Assert.Equal(ResourceType.SampleFile, s.Type));
        Assert.Contains(samples, s => s is { Name: "Claim Estimate Driver", Subtype: "driver" });
    }

    [Theory]
    [InlineData(ExstreamEmulator.ClaimAcknowledgement, "619bd602-05de-4c30-829b-7ed074263dff", "Driver", false)]
    [InlineData(ExstreamEmulator.ClaimEstimateLetter, "c9f0104b-036e-414e-9d3f-2ec0a5ed3ae6", "ClaimEstimateDriver", true)]
    [InlineData(ExstreamEmulator.EmpowerFulfillment, "682589f0-ffd6-4986-bd4f-8f1c212267b7", "EmpowerFulfillmentDriver", false)]
    [InlineData(ExstreamEmulator.ApprovalLetter, "approval-letter-set", "Driver", false)]
    public async Task Describe_finds_the_communication_set_and_its_driver_data_source(string communicationId, string setId, string driver, bool empower)
    {
        var binding = await _ctx.Client.Design.DescribeCommunicationAsync(communicationId);

        Assert.Equal((communicationId, setId, driver, empower), (binding.CommunicationId, binding.CommunicationSetId, binding.DriverDataSource, binding.HasEmpowerOutput));
    }

    [Fact]
    public async Task Describing_an_unknown_communication_is_a_typed_not_found()
    {
        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => _ctx.Client.Design.DescribeCommunicationAsync("no-such-communication"));

        Assert.Equal(ExstreamClient.SystemName, error.System);
    }

    [Fact]
    public async Task The_communications_using_a_sample_file_are_found_through_the_links()
    {
        var communications = await _ctx.Client.Design.ListLinkedResourcesAsync(new LinkedResourceQuery
        {
            ObjectId = "a9c91f24-1158-4e0b-a458-5d483f0a8597", // the "Claim Estimate Driver" sample file, as in OpenText's collection
            Depth = 10,
            Types = [ResourceType.Communication],
            States = [ResourceState.Approved],
            FetchApproval = false,
        }).ToListAsync();

        Assert.Equal(ExstreamEmulator.ClaimEstimateLetter, Assert.Single(communications).Id);
    }

    [Fact]
    public async Task The_links_of_a_communication_lead_to_its_set_with_the_object_type()
    {
        var links = await _ctx.Client.Design.ListLinksAsync(new LinkQuery { SubjectId = ExstreamEmulator.ClaimAcknowledgement, Depth = 2 }).ToListAsync();

        Assert.Contains(links, l => l.LinkObjectId == "619bd602-05de-4c30-829b-7ed074263dff" && l.TypeId == ResourceType.CommunicationSet && l.SubjectVersion == 5);
        Assert.Contains(links, l => l.TypeId == ResourceType.DataSource); // depth 2: the set's data source
    }

    [Fact]
    public async Task What_describe_finds_is_what_generation_needs()
    {
        var binding = await _ctx.Client.Design.DescribeCommunicationAsync(ExstreamEmulator.ClaimAcknowledgement);

        var document = Assert.Single((await _ctx.Client.Communications.GenerateAsync(new OnDemandRequest
        {
            CommunicationId = binding.CommunicationId,
            DriverDataSource = binding.DriverDataSource!,
            Data = new JsonObject { ["policyDetails"] = new JsonObject { ["insuredName"] = "Allen Robertson" } },
        })).Value);

        Assert.Equal(("application/pdf", "PDF Queue"), (document.MimeType, document.Context!.QueueName));
        Assert.Contains("Dear Allen Robertson,", Encoding.ASCII.GetString(document.Content.Span), StringComparison.Ordinal);
    }
}
