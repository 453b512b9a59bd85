using Connectors.Scenarios;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Storage;
using Connectors.Scenarios.Triggers;
using Connectors.Docs.Tests.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Docs.Tests.Guides;

/// <summary>The dead-letter snippet of docs/errors-and-resilience.md: a permanent failure is kept, then replayed.</summary>
public sealed class DeadLetterDocsTests
{
    [Fact]
    public async Task A_permanent_failure_is_dead_lettered_and_replayed_after_the_fix()
    {
        var broken = true;
        var effects = 0;
        var services = new ServiceCollection();
        services.AddScenarios().UseInMemoryStore().AddScenario("order-exception", s => s
            .From(Trigger.Webhook("bigcommerce", "order/changed", DocsJson.Default.OrderChange))
            .Then("open-case", key: o => o.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture), (o, ctx, ct) =>
            {
                if (broken)
                {
                    throw new InvalidOperationException("case type 'disputes' does not exist"); // permanent: not retried
                }

                Interlocked.Increment(ref effects);
                return ValueTask.CompletedTask;
            }));
        await using var provider = services.BuildServiceProvider();
        var runner = provider.GetServices<IHostedService>().Single(h => h is IScenarioRunner);
        await runner.StartAsync(CancellationToken.None);
        var inbox = provider.GetRequiredService<IScenarioInbox>();
        var control = provider.GetRequiredService<IScenarioRunner>();
        var deadLetters = provider.GetRequiredService<IScenarioDeadLetters>();
        var ct = CancellationToken.None;
        await inbox.SubmitAsync(EventEnvelope.Create("evt-1", "bigcommerce", "order/changed", new OrderChange(100, Connectors.BigCommerce.OrderStatus.Declined, DateTimeOffset.UtcNow), DocsJson.Default.OrderChange));
        await control.WaitForIdleAsync();
        var lines = new List<string>();
        broken = false; // the case type was created: the fix is in

        // begin-snippet: dead-letters-replay
        var failed = await deadLetters.QueryAsync(new DeadLetterQuery { Scenario = "order-exception" }, ct);
        foreach (var letter in failed)
        {
            lines.Add($"{letter.Scenario}/{letter.Step}: {letter.ErrorType}: {letter.ErrorMessage} after {letter.Attempts} attempt(s)");
        }

        int replayed = await deadLetters.ReplayAsync(new DeadLetterQuery { Scenario = "order-exception" }, ct);
        // end-snippet

        await control.WaitForIdleAsync();
        await runner.StopAsync(CancellationToken.None);
        Assert.Equal(["order-exception/open-case: System.InvalidOperationException: case type 'disputes' does not exist after 1 attempt(s)"], lines);
        Assert.Equal(1, replayed);
        Assert.Equal(1, effects);
        Assert.Empty(await deadLetters.QueryAsync(new DeadLetterQuery { Scenario = "order-exception" }, ct));
    }
}
