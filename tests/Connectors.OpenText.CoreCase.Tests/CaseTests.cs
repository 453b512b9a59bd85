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
        options.Attributes["clientName"] = "Bob";
        options.Attributes["orderTotal"] = 125.5m;
        options.Assignee = CaseIdentity.FunctionalRole("finance-queue");

        CaseInstance created = await host.Client.Cases.CreateAsync(options);
        CaseInstance fetched = await host.Client.Cases.GetAsync(created.Ref);
        CaseInstance updated = await host.Client.Cases.UpdateAsync(created.Ref, new UpdateCaseOptions { Priority = CasePriority.Critical, Attributes = { ["clientName"] = "Alice" } });

        Assert.Equal(new CaseRef(ClientHost.Definition, created.Id), fetched.Ref);
        Assert.Equal("Example Case", fetched.CaseDefinitionName);
        Assert.Equal(Connectors.Emulators.CoreCase.CoreCaseState.DefaultCaseConfigId, fetched.CaseConfigId);
        Assert.Equal(CaseStatus.Open, fetched.Status);
        Assert.Equal("Payment declined on order 100", fetched.Title);
        Assert.Equal("Card declined twice", fetched.Summary);
        Assert.Equal(CasePriority.High, fetched.Priority);
        Assert.Equal("payment", fetched.Category);
        Assert.Equal(options.DueDate, fetched.DueDate);
        Assert.Equal("Bob", fetched.Attributes["clientName"].GetString());
        Assert.Equal(125.5m, fetched.Attributes["orderTotal"].GetDecimal());
        Assert.Equal([new ExternalReference("bigcommerce:abc", "order:100")], fetched.ExternalReferences);
        Assert.Equal(("finance-queue", CaseIdentityType.FunctionalRole), (fetched.Assignee!.Id, fetched.Assignee.Type));
        Assert.Equal(CaseIdentityType.User, fetched.CreatedBy!.Type);
        Assert.Equal(Connectors.Emulators.OpenTextIdentity.OpenTextIdentityEmulator.DefaultClientId, fetched.CreatedBy.Id);
        Assert.StartsWith("urn:uuid:", fetched.CreatedBy.EtsUuid, StringComparison.Ordinal);
        Assert.StartsWith("pre-", fetched.CaseNumber, StringComparison.Ordinal);
        Assert.Equal(CasePriority.Critical, updated.Priority);
        Assert.Equal("Alice", updated.Attributes["clientName"].GetString());
        Assert.Equal("Payment declined on order 100", updated.Title);
        Assert.Equal(125.5m, updated.Attributes["orderTotal"].GetDecimal());
        Assert.Equal([new ExternalReference("bigcommerce:abc", "order:100")], updated.ExternalReferences);
    }

    [Fact]
    public async Task An_update_puts_the_whole_case_data_so_nothing_unnamed_is_lost()
    {
        await using var host = await ClientHost.StartAsync();
        var options = ClientHost.NewCase("t");
        options.Attributes["clientName"] = "Bob";
        CaseInstance created = await host.Client.Cases.CreateAsync(options);

        await host.Client.Cases.UpdateAsync(created.Ref, new UpdateCaseOptions { Summary = "first", CustomAttributes = { ["region"] = "EU" } });
        CaseInstance second = await host.Client.Cases.UpdateAsync(created.Ref, new UpdateCaseOptions { Summary = "second" });

        var stored = host.Emulators.CoreCase.State.FindCase(created.Id)!;
        Assert.Equal("second", second.Summary);
        Assert.Equal("Bob", stored.Attributes["clientName"]!.GetValue<string>());
        Assert.Equal("EU", stored.CustomAttributes["region"]!.GetValue<string>());
        Assert.Equal("EU", second.CustomAttributes["region"].GetString());
        var updates = host.Emulators.CoreCase.State.Events.Where(e => e.Type == "CASE_UPDATED").Select(e => e.Data["attributes"]!.ToJsonString()).ToList();
        Assert.Equal(["[\"summary\",\"customAttributes.region\"]", "[\"summary\"]"], updates);
    }

    [Fact]
    public async Task Search_filters_by_status_type_owner_dates_and_external_reference()
    {
        await using var host = await ClientHost.StartAsync();
        var start = DateTimeOffset.UtcNow.AddSeconds(-5);
        var a = ClientHost.NewCase("a", new ExternalReference("bigcommerce:abc", "order:1"));
        a.Assignee = CaseIdentity.User("ann");
        CaseInstance first = await host.Client.Cases.CreateAsync(a);
        CaseInstance second = await host.Client.Cases.CreateAsync(ClientHost.NewCase("b", new ExternalReference("bigcommerce:abc", "order:2")));
        await host.Client.Cases.ChangeStatusAsync(second.Ref, CaseStatus.InProgress);

        var inProgress = await ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition, new CaseQuery { Statuses = { CaseStatus.InProgress } }));
        var openOrInProgress = await ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition, new CaseQuery { Statuses = { CaseStatus.Open, CaseStatus.InProgress } }));
        var annS = await ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition, new CaseQuery { AssigneeId = "ann" }));
        var inWindow = await ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition, new CaseQuery { CreatedFrom = start, CreatedTo = DateTimeOffset.UtcNow.AddSeconds(5) }));
        var future = await ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition, new CaseQuery { CreatedFrom = DateTimeOffset.UtcNow.AddHours(1) }));
        var byReference = await host.Client.Cases.FindByExternalReferenceAsync(ClientHost.Definition, new ExternalReference("bigcommerce:abc", "order:2"));
        var missing = await host.Client.Cases.FindByExternalReferenceAsync(ClientHost.Definition, new ExternalReference("bigcommerce:abc", "order:3"));

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
        await foreach (var page in host.Client.Cases.ListAsync(ClientHost.Definition).AsPages())
        {
            pages.Add(page);
        }

        var resumed = new List<CaseInstance>();
        await foreach (var page in host.Client.Cases.ListAsync(ClientHost.Definition).AsPages(pages[0].ContinuationToken))
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

        CaseInstance assigned = await host.Client.Cases.AssignAsync(created.Ref, CaseIdentity.User("bob"));
        var history = await ToListAsync(host.Client.Events.ListHistoryAsync(created.Ref));

        Assert.Equal(("bob", CaseIdentityType.User), (assigned.Assignee!.Id, assigned.Assignee.Type));
        Assert.Equal([CaseEventType.CaseCreated, CaseEventType.Assigned], history.Select(e => e.Type));
    }

    [Fact]
    public async Task Unknown_status_values_from_the_service_are_kept()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        host.Emulators.CoreCase.State.ForceStatus(created.Id, "ESCALATED");

        CaseInstance fetched = await host.Client.Cases.GetAsync(created.Ref);

        Assert.Equal("ESCALATED", fetched.Status?.Value);
    }

    [Fact]
    public async Task Case_definitions_are_listed_and_read_with_their_stages()
    {
        await using var host = await ClientHost.StartAsync();

        var definitions = await ToListAsync(host.Client.CaseDefinitions.ListAsync());
        CaseDefinition one = await host.Client.CaseDefinitions.GetAsync(definitions[0].Id);

        Assert.Equal(ClientHost.Definition, one.Id);
        Assert.Equal("Example Case", one.Name);
        Assert.Equal("Enterprise", one.Classification);
        Assert.Equal(("pre", "suf"), (one.CaseNumberPrefix, one.CaseNumberSuffix));
        Assert.Equal(Connectors.Emulators.CoreCase.CoreCaseState.DefaultCaseConfigId, one.CaseConfigId);
        Assert.Equal(["Intake", "Review", "Outcome"], one.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task Create_with_attachments_sends_the_case_and_its_files_in_one_call()
    {
        await using var host = await ClientHost.StartAsync();
        var invoice = System.Text.Encoding.UTF8.GetBytes("%PDF-1.7 invoice");
        var photo = new byte[] { 0xFF, 0xD8, 0xFF };

        CaseInstance created = await host.Client.Cases.CreateWithAttachmentsAsync(
            ClientHost.NewCase("Damaged parcel", new ExternalReference("bigcommerce:abc", "order:7")),
            [new CaseFile("invoice.pdf", "application/pdf", new MemoryStream(invoice)), new CaseFile("photo.jpg", "image/jpeg", new MemoryStream(photo))]);

        var stored = host.Emulators.CoreCase.State.FindCase(created.Id)!;
        Assert.Equal("Damaged parcel", created.Title);
        Assert.Equal([("invoice.pdf", "application/pdf"), ("photo.jpg", "image/jpeg")], stored.Attachments.Select(a => (a.FileName, a.MimeType)));
        Assert.Equal(invoice, stored.Attachments[0].Content);
        Assert.Equal(2, (await ToListAsync(host.Client.Attachments.ListAsync(created.Ref))).Count);
    }

    [Fact]
    public async Task The_token_given_to_a_list_method_cancels_its_enumeration()
    {
        await using var host = await ClientHost.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition, cancellationToken: cancelled.Token)));
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
