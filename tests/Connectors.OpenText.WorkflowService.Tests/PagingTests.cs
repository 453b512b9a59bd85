using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

public sealed class PagingTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private WorkflowServiceClient Client => host.Client;

    private async Task<string[]> StartManyAsync(string businessKey, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.PartnerOnboardingKey, new StartProcessOptions { BusinessKey = businessKey, ReturnVariables = false });
            ids.Add(instance.Id);
        }

        return [.. ids];
    }

    [Fact]
    public async Task Pages_follow_offset_and_total_until_the_end()
    {
        var businessKey = WorkflowTestHost.NewKey("paging");
        var started = await StartManyAsync(businessKey, 12);

        var pages = await Client.ProcessInstances.ListAsync(new ProcessInstanceQuery { BusinessKey = businessKey }).AsPages(pageSizeHint: 5).ToListAsync();

        Assert.Equal([5, 5, 2], pages.Select(p => p.Values.Count));
        Assert.All(pages, p => Assert.Equal(12, p.TotalCount));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(started, pages.SelectMany(p => p.Values).Select(i => i.Id));
    }

    [Fact]
    public async Task A_continuation_token_resumes_where_the_previous_page_ended()
    {
        var businessKey = WorkflowTestHost.NewKey("paging");
        var started = await StartManyAsync(businessKey, 7);
        var listing = Client.Tasks.ListAsync(new TaskQuery { BusinessKey = businessKey, Sort = "createTime" });

        var first = await listing.AsPages(pageSizeHint: 3).FirstAsync();
        var rest = await listing.AsPages(first.ContinuationToken, pageSizeHint: 3).ToListAsync();

        Assert.Equal("3", first.ContinuationToken);
        Assert.Equal(started, first.Values.Concat(rest.SelectMany(p => p.Values)).Select(t => t.ProcessInstanceId));
    }

    [Fact]
    public async Task Descending_order_reverses_the_list()
    {
        var businessKey = WorkflowTestHost.NewKey("paging");
        var started = await StartManyAsync(businessKey, 4);

        var listed = await Client.ProcessInstances.ListAsync(new ProcessInstanceQuery { BusinessKey = businessKey, Sort = "id", Order = SortOrder.Descending }).ToListAsync();

        Assert.Equal(started.Reverse(), listed.Select(i => i.Id));
    }

    [Fact]
    public async Task History_pages_too()
    {
        var businessKey = WorkflowTestHost.NewKey("paging");
        await StartManyAsync(businessKey, 6);

        var pages = await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = businessKey, Finished = false }).AsPages(pageSizeHint: 4).ToListAsync();

        Assert.Equal([4, 2], pages.Select(p => p.Values.Count));
    }

    [Fact]
    public async Task An_empty_list_is_one_empty_page()
    {
        var pages = await Client.Tasks.ListAsync(new TaskQuery { BusinessKey = WorkflowTestHost.NewKey("none") }).AsPages().ToListAsync();

        var page = Assert.Single(pages);
        Assert.Empty(page.Values);
        Assert.Equal(0, page.TotalCount);
    }
}
