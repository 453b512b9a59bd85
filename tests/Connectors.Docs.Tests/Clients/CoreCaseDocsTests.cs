using System.Text;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.OpenText.CoreCase;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Docs.Tests.Clients;

/// <summary>The snippets of docs/core-case.md, run against the loopback identity and Core Case emulators.</summary>
[Collection(ConsoleOutput.Collection)]
public sealed class CoreCaseDocsTests
{
    [Fact]
    public async Task Register_snippet_gives_a_signed_in_client()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);

        // begin-snippet: core-case-register
        var services = new ServiceCollection();
        services.AddCoreCase(o =>
        {
            o.BaseAddress = coreCase.BaseAddress;                 // e.g. https://ccm.example.opentext.com/
            o.AuthenticationBaseAddress = identity.BaseAddress;  // or o.Region = OpenTextRegion.Us: tokens from {region}.api.opentext.com
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<CoreCaseClient>();
        // end-snippet

        var definitions = await client.CaseDefinitions.ListAsync().ToListAsync();
        Assert.Contains(definitions, d => d.Id == CoreCaseState.DefaultCaseDefinitionId);
        Assert.Equal(1, identity.TokenRequestCount);
    }

    [Fact]
    public async Task Find_or_create_opens_one_case_per_external_reference()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, coreCase);
        var client = services.GetRequiredService<CoreCaseClient>();
        var caseDefinitionId = CoreCaseState.DefaultCaseDefinitionId;

        // begin-snippet: core-case-find-or-create
        var newCase = new CreateCaseOptions
        {
            CaseDefinitionId = caseDefinitionId,                       // the case lives under its definition
            Title = "Payment declined on order 100",                   // caseProperties.defaultAttributes.caseTitle
            Priority = CasePriority.High,
            Assignee = CaseIdentity.FunctionalRole("finance-queue"),  // {id, caseIdentityType: "FunctionalRole"}
        };
        newCase.ExternalReferences.Add(new ExternalReference("bigcommerce:store-abc", "order:100:payment-declined"));
        newCase.Attributes["clientName"] = "Bob";                     // the case type's own attribute

        FindOrCreateCaseResult result = await client.Cases.FindOrCreateAsync(newCase);
        CaseInstance theCase = result.Case; // result.Created says whether this call made it
        CaseRef where = theCase.Ref;        // definition + id: every later call about the case takes it
        // end-snippet

        FindOrCreateCaseResult again = await client.Cases.FindOrCreateAsync(newCase);
        Assert.True(result.Created);
        Assert.False(again.Created);
        Assert.Equal(theCase.Ref, again.Case.Ref);
        var stored = Assert.Single(coreCase.State.FindByExternalReference("bigcommerce:store-abc", "order:100:payment-declined"));
        Assert.Equal(theCase.Id, stored.Id);
        Assert.Equal(new EmulatedIdentity("finance-queue", "FunctionalRole"), stored.Assignee);
        Assert.Equal(new CaseRef(caseDefinitionId, stored.Id), where);
        Assert.Equal("Bob", stored.Attributes["clientName"]?.GetValue<string>());
    }

    [Fact]
    public async Task Work_the_case_comments_completes_a_task_uploads_and_resolves()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, coreCase);
        var client = services.GetRequiredService<CoreCaseClient>();
        CaseInstance theCase = await client.Cases.CreateAsync(NewCase("Payment declined on order 100", "finance-queue"));
        using var console = ConsoleOutput.Capture();

        // begin-snippet: core-case-work-the-case
        await client.Comments.AddAsync(theCase.Ref, "Card declined twice; customer called.");                 // internal
        await client.Comments.AddAsync(theCase.Ref, "We are looking into your order.", CommentVisibility.Shared);
        CaseTask approval = await client.Tasks.CreateAsync(theCase.Ref, new NewCaseTask { Name = "Approve refund" });
        await client.Tasks.CompleteAsync(theCase.Ref, approval.Id, "approved");

        using (var invoice = new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 ...")))
        {
            await client.Attachments.UploadAsync(theCase.Ref, invoice, "invoice-100.pdf", "application/pdf");
        }

        await client.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress);
        try
        {
            await client.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.Closed); // not lawful from IN_PROGRESS
        }
        catch (CaseTransitionException ex)
        {
            Console.WriteLine($"Allowed from {ex.CurrentStatus}: {string.Join(", ", ex.AllowedStatuses)}");
        }

        await client.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.Resolved, "refund approved");
        // end-snippet

        var stored = coreCase.State.FindCase(theCase.Id)!;
        Assert.Equal(["INTERNAL", "SHARED"], stored.Comments.Select(c => c.Visibility));
        var task = Assert.Single(stored.Tasks);
        Assert.Equal(("Approve refund", "approved"), (task.Name, task.Outcome));
        Assert.Equal("invoice-100.pdf", Assert.Single(stored.Attachments).FileName);
        Assert.Equal("RESOLVED", stored.Status);
        Assert.StartsWith("Allowed from ", Assert.Single(console.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_lists_the_open_cases_of_a_queue()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, coreCase);
        var client = services.GetRequiredService<CoreCaseClient>();
        CaseInstance mine = await client.Cases.CreateAsync(NewCase("Payment declined on order 100", "finance-queue"));
        await client.Cases.CreateAsync(NewCase("Damaged parcel on order 101", "claims-queue"));
        CaseInstance resolved = await client.Cases.CreateAsync(NewCase("Refund on order 102", "finance-queue"));
        await client.Cases.ChangeStatusAsync(resolved.Ref, CaseStatus.InProgress);
        await client.Cases.ChangeStatusAsync(resolved.Ref, CaseStatus.Resolved);
        using var console = ConsoleOutput.Capture();

        // begin-snippet: core-case-search
        var query = new CaseQuery { Statuses = { CaseStatus.Open, CaseStatus.InProgress }, AssigneeId = "finance-queue" };
        await foreach (var open in client.Cases.ListAsync(CoreCaseState.DefaultCaseDefinitionId, query))
        {
            Console.WriteLine($"{open.CaseNumber} {open.Title}");
        }
        // end-snippet

        Assert.Equal($"{mine.CaseNumber} Payment declined on order 100", Assert.Single(console.Lines));
    }

    [Fact]
    public async Task Poll_reads_the_status_milestones_from_a_checkpoint()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, coreCase);
        var client = services.GetRequiredService<CoreCaseClient>();
        CaseInstance theCase = await client.Cases.CreateAsync(NewCase("Payment declined on order 100", "finance-queue"));
        await client.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress);
        await client.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.Resolved);
        using var console = ConsoleOutput.Capture();

        // begin-snippet: core-case-poll
        var checkpoint = CaseEventCheckpoint.StartAt(DateTimeOffset.UtcNow.AddHours(-1)); // or Parse(stored)
        CaseEventBatch batch = await client.Events.PollAsync(checkpoint, CaseEventType.StatusChanged);
        foreach (var milestone in batch.Events)
        {
            Console.WriteLine($"{milestone.Case}: {milestone.FromStatus} -> {milestone.ToStatus}");
        }

        var storeMe = batch.Next.ToString(); // persist after handling the batch
        // end-snippet

        Assert.Equal([CaseStatus.InProgress, CaseStatus.Resolved], batch.Events.Select(e => e.ToStatus!.Value));
        Assert.Equal(2, console.Lines.Count);
        Assert.All(console.Lines, line => Assert.StartsWith($"{theCase.Ref}: ", line, StringComparison.Ordinal));
        CaseEventBatch next = await client.Events.PollAsync(CaseEventCheckpoint.Parse(storeMe), CaseEventType.StatusChanged);
        Assert.Empty(next.Events);
    }

    [Fact]
    public async Task Create_with_attachments_and_edit_the_case_data()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, coreCase);
        var client = services.GetRequiredService<CoreCaseClient>();
        await using var photo = new MemoryStream([0xFF, 0xD8, 0xFF]);

        // begin-snippet: core-case-create-with-attachments
        var claim = new CreateCaseOptions { CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId, Title = "Damaged parcel on order 101" };
        CaseInstance created = await client.Cases.CreateWithAttachmentsAsync(claim, [new CaseFile("parcel.jpg", "image/jpeg", photo)]);

        // PUT …/case-data: the client reads the case and puts its whole data back with the change applied.
        await client.Cases.UpdateAsync(created.Ref, new UpdateCaseOptions { Summary = "Box crushed; contents broken", Attributes = { ["carrier"] = "DHL" } });
        // end-snippet

        var stored = coreCase.State.FindCase(created.Id)!;
        Assert.Equal("parcel.jpg", Assert.Single(stored.Attachments).FileName);
        Assert.Equal("Box crushed; contents broken", stored.Attributes["summary"]!.GetValue<string>());
        Assert.Equal("DHL", stored.Attributes["carrier"]!.GetValue<string>());
        Assert.Equal("Damaged parcel on order 101", stored.Attributes["caseTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_escape_hatch_reaches_a_route_the_client_does_not_model()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, coreCase);
        var client = services.GetRequiredService<CoreCaseClient>();
        CaseInstance theCase = await client.Cases.CreateAsync(NewCase("Payment declined on order 100", "finance-queue"));

        // begin-snippet: core-case-escape-hatch
        // Status, tasks, links, history and the events feed are assumed routes. If your tenant answers elsewhere, call
        // that route yourself: same sign-in, retries, pacing and telemetry as every modelled call. Paths are relative
        // to {BaseAddress}api/v1/.
        var move = ApiRequest.Put($"case-definitions/{theCase.CaseDefinitionId}/cases/{theCase.Id}/status")
            .WithJson(JsonNode.Parse("""{"status":"IN_PROGRESS"}""")!);
        Response answer = await client.SendAsync(move);
        // end-snippet

        Assert.Equal(200, answer.Status);
        Assert.Equal("IN_PROGRESS", coreCase.State.FindCase(theCase.Id)!.Status);
    }

    private static CreateCaseOptions NewCase(string title, string queue) => new()
    {
        CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId,
        Title = title,
        Assignee = CaseIdentity.FunctionalRole(queue),
    };

    private static ServiceProvider ClientFor(OpenTextIdentityEmulator identity, CoreCaseEmulator coreCase)
    {
        var services = new ServiceCollection();
        services.AddCoreCase(o =>
        {
            o.BaseAddress = coreCase.BaseAddress;
            o.AuthenticationBaseAddress = identity.BaseAddress;
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
        });
        return services.BuildServiceProvider();
    }
}
