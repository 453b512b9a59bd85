using System.Text;
using Connectors.Core;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.OpenTextIdentity;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>The code of docs/core-case.md, run against the emulators so the page cannot drift from the API.</summary>
public sealed class DocsSampleTests
{
    [Fact]
    public async Task The_quick_start_on_the_docs_page_runs()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var coreCase = await CoreCaseEmulator.StartAsync(identity);
        var caseTypeId = CoreCaseState.DefaultCaseTypeId;

        // snippet: register
        var services = new ServiceCollection();
        services.AddCoreCase(o =>
        {
            o.BaseAddress = coreCase.BaseAddress;                 // e.g. https://ccm.example.opentext.com/
            o.AuthenticationBaseAddress = identity.BaseAddress;  // OpenText identity: tenants/{tenant}/oauth2/token
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<CoreCaseClient>();
        // end snippet

        // snippet: find-or-create
        var newCase = new CreateCaseOptions
        {
            CaseTypeId = caseTypeId,
            Title = "Payment declined on order 100",
            Priority = CasePriority.High,
            Assignee = CaseAssignee.Group("finance-queue"),
        };
        newCase.ExternalReferences.Add(new ExternalReference("bigcommerce:store-abc", "order:100:payment-declined"));
        newCase.CustomAttributes["clientName"] = "Bob";

        FindOrCreateCaseResult result = await client.Cases.FindOrCreateAsync(newCase);
        CaseInstance theCase = result.Case; // result.Created says whether this call made it
        // end snippet

        // snippet: work-the-case
        await client.Comments.AddAsync(theCase.Id, "Card declined twice; customer called.");                 // internal
        await client.Comments.AddAsync(theCase.Id, "We are looking into your order.", CommentVisibility.Shared);
        CaseTask approval = await client.Tasks.CreateAsync(theCase.Id, new NewCaseTask { Name = "Approve refund" });
        await client.Tasks.CompleteAsync(theCase.Id, approval.Id, "approved");

        using (var invoice = new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 ...")))
        {
            await client.Attachments.UploadAsync(theCase.Id, invoice, "invoice-100.pdf", "application/pdf");
        }

        await client.Cases.ChangeStatusAsync(theCase.Id, CaseStatus.InProgress);
        try
        {
            await client.Cases.ChangeStatusAsync(theCase.Id, CaseStatus.Closed); // not lawful from IN_PROGRESS
        }
        catch (CaseTransitionException ex)
        {
            Console.WriteLine($"Allowed from {ex.CurrentStatus}: {string.Join(", ", ex.AllowedStatuses)}");
        }

        await client.Cases.ChangeStatusAsync(theCase.Id, CaseStatus.Resolved, "refund approved");
        // end snippet

        // snippet: poll
        var checkpoint = CaseEventCheckpoint.StartAt(DateTimeOffset.UtcNow.AddHours(-1)); // or Parse(stored)
        CaseEventBatch batch = await client.Events.PollAsync(checkpoint, CaseEventType.StatusChanged);
        foreach (var milestone in batch.Events)
        {
            Console.WriteLine($"{milestone.CaseId}: {milestone.FromStatus} -> {milestone.ToStatus}");
        }

        var storeMe = batch.Next.ToString(); // persist after handling the batch
        // end snippet

        // snippet: search
        var query = new CaseQuery { Statuses = { CaseStatus.Open, CaseStatus.InProgress }, AssigneeId = "finance-queue" };
        await foreach (var open in client.Cases.ListAsync(query))
        {
            Console.WriteLine($"{open.CaseNumber} {open.Title}");
        }
        // end snippet

        Assert.True(result.Created);
        Assert.Equal([CaseStatus.InProgress, CaseStatus.Resolved], batch.Events.Select(e => e.ToStatus!.Value));
        Assert.Equal(batch.Next, CaseEventCheckpoint.Parse(storeMe) with { SeenIds = batch.Next.SeenIds });
        Assert.Single(coreCase.State.FindCase(theCase.Id)!.Attachments);
        Assert.IsType<Page<CaseInstance>>(await client.Cases.ListAsync().AsPages().FirstAsync());
    }
}
