using Connectors.OpenText.CoreCase;
using Connectors.Scenarios;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Sqlite;
using Connectors.Scenarios.Triggers;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// begin-snippet: quickstart
await using var systems = await EmulatedSystems.StartAsync();   // all five systems on loopback, no credentials
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddEmulatedConnectors(systems);                 // real systems: AddCoreCase(config.GetSection("CoreCase")) …
builder.Services.AddScenarios().UseSqliteStore(Path.Combine(Path.GetTempPath(), $"quickstart-{Guid.NewGuid():N}.db"))
    .AddScenario("complaint-to-case", s => s
        .From(Trigger.Webhook("host", "complaint", QuickStartJson.Default.Complaint))
        .Then("open-case", key: c => c.OrderId, async (c, ctx, ct) =>
        {
            var options = new CreateCaseOptions { CaseDefinitionId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c", Title = $"Complaint on order {c.OrderId}" };
            options.ExternalReferences.Add(new ExternalReference("shop", c.OrderId));
            await ctx.Services.GetRequiredService<CoreCaseClient>().Cases.FindOrCreateAsync(options, ct);
        }));
using var host = builder.Build(); await host.StartAsync();
await host.Services.GetRequiredService<IScenarioInbox>().SubmitAsync(EventEnvelope.Create("evt-1", "host", "complaint", new Complaint("1001"), QuickStartJson.Default.Complaint));
await host.Services.GetRequiredService<IScenarioRunner>().WaitForIdleAsync();
// end-snippet

var cases = systems.CoreCase.State.FindByExternalReference("shop", "1001");
Console.WriteLine($"Packages restored from artifacts/ ran one flow: cases for order 1001 = {cases.Count}");
await host.StopAsync();
return cases.Count == 1 ? 0 : 1;
