using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class CaseTests
{
    [Fact]
    public async Task Create_get_and_update_round_trip_every_field()
    {
        await using var host = await ClientHost.StartAsync();
        var options = ClientHost.NewCase("Payment declined on order 100", new ExternalReference("bigcommerce:abc", "order:100"));
        options.Summary = "Card declined twice";
        options.Priority = CasePriority.High;
        options.Category = "payment";
        options.DueDate = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        options.CustomAttributes["clientName"] = "Bob";
        options.CustomAttributes["orderTotal"] = 125.5m;
        options.Assignee = CaseAssignee.Group("finance-queue");

        CaseInstance created = await host.Client.Cases.CreateAsync(options);
        CaseInstance fetched = await host.Client.Cases.GetAsync(created.Id);
        CaseInstance updated = await host.Client.Cases.UpdateAsync(created.Id, new UpdateCaseOptions { Priority = CasePriority.Critical, IfMatch = fetched.ETag });

        Assert.Equal(CaseStatus.Open, fetched.Status);
        Assert.Equal("Payment declined on order 100", fetched.Title);
        Assert.Equal("Card declined twice", fetched.Summary);
        Assert.Equal(CasePriority.High, fetched.Priority);
        Assert.Equal("payment", fetched.Category);
        Assert.Equal(options.DueDate, fetched.DueDate);
        Assert.Equal("Bob", fetched.CustomAttributes["clientName"].GetString());
        Assert.Equal(125.5m, fetched.CustomAttributes["orderTotal"].GetDecimal());
        Assert.Equal([new ExternalReference("bigcommerce:abc", "order:100")], fetched.ExternalReferences);
        Assert.Equal(CaseAssignee.Group("finance-queue"), fetched.Assignee);
        Assert.StartsWith("CASE-", fetched.CaseNumber, StringComparison.Ordinal);
        Assert.Equal(CasePriority.Critical, updated.Priority);
        Assert.Equal("Payment declined on order 100", updated.Title);
        Assert.Equal(fetched.Version + 1, updated.Version);
    }

    [Fact]
    public async Task Stale_if_match_fails_with_412_and_leaves_the_case_unchanged()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        await host.Client.Cases.UpdateAsync(created.Id, new UpdateCaseOptions { Summary = "first" });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.Cases.UpdateAsync(created.Id, new UpdateCaseOptions { Summary = "second", IfMatch = created.ETag }));

        Assert.Equal(412, error.Status);
        Assert.Equal("VERSION_MISMATCH", error.ErrorCode);
        Assert.Equal("first", (await host.Client.Cases.GetAsync(created.Id)).Value.Summary);
    }

    [Fact]
    public async Task Search_filters_by_status_type_owner_dates_and_external_reference()
    {
        await using var host = await ClientHost.StartAsync();
        var start = DateTimeOffset.UtcNow.AddSeconds(-5);
        var a = ClientHost.NewCase("a", new ExternalReference("bigcommerce:abc", "order:1"));
        a.Assignee = CaseAssignee.User("ann");
        CaseInstance first = await host.Client.Cases.CreateAsync(a);
        CaseInstance second = await host.Client.Cases.CreateAsync(ClientHost.NewCase("b", new ExternalReference("bigcommerce:abc", "order:2")));
        await host.Client.Cases.ChangeStatusAsync(second.Id, CaseStatus.InProgress);

        var inProgress = await ToListAsync(host.Client.Cases.ListAsync(new CaseQuery { Statuses = { CaseStatus.InProgress } }));
        var openOrInProgress = await ToListAsync(host.Client.Cases.ListAsync(new CaseQuery { Statuses = { CaseStatus.Open, CaseStatus.InProgress } }));
        var annS = await ToListAsync(host.Client.Cases.ListAsync(new CaseQuery { AssigneeId = "ann", CaseTypeId = first.CaseTypeId }));
        var inWindow = await ToListAsync(host.Client.Cases.ListAsync(new CaseQuery { CreatedFrom = start, CreatedTo = DateTimeOffset.UtcNow.AddSeconds(5) }));
        var future = await ToListAsync(host.Client.Cases.ListAsync(new CaseQuery { CreatedFrom = DateTimeOffset.UtcNow.AddHours(1) }));
        var byReference = await host.Client.Cases.FindByExternalReferenceAsync(new ExternalReference("bigcommerce:abc", "order:2"));
        var missing = await host.Client.Cases.FindByExternalReferenceAsync(new ExternalReference("bigcommerce:abc", "order:3"));

        Assert.Equal([second.Id], inProgress.Select(c => c.Id));
        Assert.Equal(2, openOrInProgress.Count);
        Assert.Equal([first.Id], annS.Select(c => c.Id));
        Assert.Equal(2, inWindow.Count);
        Assert.Empty(future);
        Assert.Equal(second.Id, byReference?.Id);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Lists_page_lazily_with_continuation_tokens()
    {
        await using var host = await ClientHost.StartAsync(o => o.PageSize = 3);
        for (var i = 0; i < 7; i++)
        {
            await host.Client.Cases.CreateAsync(ClientHost.NewCase($"case {i}"));
        }

        var pages = new List<Page<CaseInstance>>();
        await foreach (var page in host.Client.Cases.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        var resumed = new List<CaseInstance>();
        await foreach (var page in host.Client.Cases.ListAsync().AsPages(pages[0].ContinuationToken))
        {
            resumed.AddRange(page.Values);
        }

        Assert.Equal([3, 3, 1], pages.Select(p => p.Values.Count));
        Assert.Equal(7, pages[0].TotalCount);
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"case {i}"), pages.SelectMany(p => p.Values).Select(c => c.Title));
        Assert.Equal(4, resumed.Count);
    }

    [Fact]
    public async Task Assign_sets_the_owner_and_records_history()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));

        CaseInstance assigned = await host.Client.Cases.AssignAsync(created.Id, CaseAssignee.User("bob"));
        var history = await ToListAsync(host.Client.Events.ListHistoryAsync(created.Id));

        Assert.Equal(CaseAssignee.User("bob"), assigned.Assignee);
        Assert.Equal([CaseEventType.CaseCreated, CaseEventType.Assigned], history.Select(e => e.Type));
    }

    [Fact]
    public async Task Unknown_status_values_from_the_service_are_kept()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        host.Emulators.CoreCase.State.ForceStatus(created.Id, "ESCALATED");

        CaseInstance fetched = await host.Client.Cases.GetAsync(created.Id);

        Assert.Equal("ESCALATED", fetched.Status.Value);
    }

    [Fact]
    public async Task Case_types_are_listed_with_their_stages()
    {
        await using var host = await ClientHost.StartAsync();

        var types = await ToListAsync(host.Client.CaseTypes.ListAsync());
        CaseType one = await host.Client.CaseTypes.GetAsync(types[0].Id);

        Assert.Equal("Order Exception", one.Name);
        Assert.Equal(Connectors.Emulators.CoreCase.CoreCaseState.DefaultCaseConfigId, one.CaseConfigId);
        Assert.Equal(["Intake", "Review", "Outcome"], one.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task The_token_given_to_a_list_method_cancels_its_enumeration()
    {
        await using var host = await ClientHost.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(host.Client.Cases.ListAsync(cancellationToken: cancelled.Token)));
    }

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
