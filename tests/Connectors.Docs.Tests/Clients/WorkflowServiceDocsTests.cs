using System.Text.Json.Serialization;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.WorkflowService;
using Connectors.OpenText;
using Connectors.OpenText.WorkflowService;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Docs.Tests.Clients;

/// <summary>The snippets of docs/workflow-service.md, run against the loopback identity and Workflow Service emulators.</summary>
[Collection(ConsoleOutput.Collection)]
public sealed class WorkflowServiceDocsTests
{
    [Fact]
    public async Task Register_snippet_registers_a_valid_client()
    {
        var services = new ServiceCollection();

        // begin-snippet: workflow-service-register
        services.AddWorkflowService(o =>
        {
            o.BaseAddress = new Uri("https://na-1.api.opentext.com/workflow/v1/");
            o.Region = OpenTextRegion.Na1;  // tokens from https://na-1.api.opentext.com/tenants/{tenant}/oauth2/token
            o.TenantId = "…";
            o.ClientId = "…";
            o.ClientSecret = "…";           // never logged, never in ToString()
        });
        // or from configuration:  services.AddWorkflowService(configuration.GetSection("OpenText:WorkflowService"));
        // or one per tenant:      services.AddWorkflowService("emea", o => …);
        //                         factory.CreateClient("emea")  (IConnectorClientFactory<WorkflowServiceClient>)
        // end-snippet

        await using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<WorkflowServiceClientOptions>>().Get(Options.DefaultName);
        Assert.Empty(options.Validate());
        Assert.Equal(new Uri("https://na-1.api.opentext.com/workflow/v1/"), options.BaseAddress);
        Assert.NotNull(provider.GetRequiredService<WorkflowServiceClient>());
    }

    [Fact]
    public async Task Use_snippets_start_a_claim_work_its_validation_and_read_its_history()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var workflow = await WorkflowServiceEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, workflow);
        var client = services.GetRequiredService<WorkflowServiceClient>();
        var claim = new Claim("CLM-1001", [new ClaimLine("SKU-1", 2), new ClaimLine("SKU-7", 1)]);
        using var console = ConsoleOutput.Capture();

        // begin-snippet: workflow-service-start-process
        var start = new StartProcessOptions { BusinessKey = claim.Id };
        start.Variables.Add(WorkflowVariable.FromString("claimType", "shortage"));
        start.Variables.Add(WorkflowVariable.FromDouble("amount", 1250.5));
        start.Variables.Add(WorkflowVariable.FromDate("reportedAt", DateTimeOffset.UtcNow));
        start.Variables.Add(WorkflowVariable.FromJson("lines", claim.Lines, MyJsonContext.Default.ClaimLineArray));
        ProcessInstance instance = await client.ProcessInstances.StartAsync("claims-process", start);
        // end-snippet

        var stored = Assert.Single(workflow.Engine.Instances);
        Assert.Equal((instance.Id, claim.Id), (stored.Id, stored.BusinessKey));
        Assert.Equal(["amount", "claimType", "lines", "reportedAt"], stored.Variables.Keys.Order(StringComparer.Ordinal));
        var lines = (await client.ProcessInstances.GetVariableAsync(instance.Id, "lines")).Value.AsJson(MyJsonContext.Default.ClaimLineArray);
        Assert.Equal(claim.Lines, lines);

        // Intake is someone else's step: the claims then wait in the validation queue, more of them than a page holds.
        foreach (var key in new[] { claim.Id, "CLM-1002", "CLM-1003" })
        {
            if (key != claim.Id)
            {
                await client.ProcessInstances.StartAsync("claims-process", new StartProcessOptions { BusinessKey = key });
            }

            await client.Tasks.CompleteAsync(Assert.Single(await client.Tasks.ListAsync(new TaskQuery { BusinessKey = key }).ToListAsync()).Id);
        }

        // begin-snippet: workflow-service-work-queue
        // list first: completing tasks while paging by offset would skip the ones that move up a page
        foreach (var task in await client.Tasks.ListAsync(new TaskQuery { CandidateGroup = "claims-validation" }).ToListAsync())
        {
            await client.Tasks.ClaimAsync(task.Id, "validator@example.com");
            await client.Tasks.UpdateAsync(task.Id, new TaskUpdate { DueDate = DateTimeOffset.UtcNow.AddDays(2), Priority = 70 });
            await client.Tasks.AddCommentAsync(task.Id, "Checked against the ASN.");
            await client.Tasks.CompleteAsync(task.Id, [WorkflowVariable.FromBoolean("valid", true)]);
        }
        // end-snippet

        var validations = workflow.Engine.Tasks.Where(t => t.Node.Id == "validation").ToList();
        Assert.Equal(3, validations.Count);
        Assert.All(validations, v => Assert.True(v.Ended));
        Assert.All(validations, v => Assert.Equal(("validator@example.com", 70, 1), (v.Assignee, v.Priority, v.Comments.Count)));
        Assert.Equal("true", stored.Variables["valid"].AsText());
        Assert.All(workflow.Engine.Tasks.Where(t => !t.Ended), t => Assert.Equal("investigation", t.Node.Id));

        // begin-snippet: workflow-service-history
        await foreach (var done in client.History.ListTasksAsync(new HistoricTaskQuery { BusinessKey = claim.Id, Finished = true }))
        {
            Console.WriteLine($"{done.Name} by {done.Assignee ?? "nobody"}, finished {done.EndTime:u}");
        }
        // end-snippet

        Assert.Equal(2, console.Lines.Count);
        Assert.Contains("by validator@example.com", console.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_snippet_serves_the_seeded_processes()
    {
        // begin-snippet: workflow-service-emulator
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var workflow = await WorkflowServiceEmulator.StartAsync(identity);
        // o.BaseAddress = workflow.ApiBaseAddress; o.AuthenticationBaseAddress = identity.BaseAddress;
        // tenant/client/secret: OpenTextIdentityEmulator.DefaultTenant / DefaultClientId / DefaultClientSecret
        // end-snippet

        await using var services = ClientFor(identity, workflow);
        var client = services.GetRequiredService<WorkflowServiceClient>();
        var keys = await client.Models.ListAsync().Select(d => d.Key).ToListAsync();
        Assert.Equal(["claims-process", "document-review", "partner-onboarding"], keys.Order(StringComparer.Ordinal));
    }

    private static ServiceProvider ClientFor(OpenTextIdentityEmulator identity, WorkflowServiceEmulator workflow)
    {
        var services = new ServiceCollection();
        services.AddWorkflowService(o =>
        {
            o.BaseAddress = workflow.ApiBaseAddress;
            o.AuthenticationBaseAddress = identity.BaseAddress;
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
            o.DefaultPageSize = 2; // the queue of three spans two pages
        });
        return services.BuildServiceProvider();
    }
}

/// <summary>The reader's own claim, as the Use snippet assumes one.</summary>
internal sealed record Claim(string Id, ClaimLine[] Lines);

/// <summary>A claimed line.</summary>
internal sealed record ClaimLine(string Sku, int Quantity);

/// <summary>The reader's source-generated JSON context for the claim lines a process variable carries.</summary>
[JsonSerializable(typeof(ClaimLine[]))]
internal sealed partial class MyJsonContext : JsonSerializerContext;
