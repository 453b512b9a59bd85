using Connectors.BigCommerce;
using Connectors.Emulators.Hosting;
using Connectors.Samples.Catalog;
using Connectors.Samples.Hosting;
using Connectors.Testing;

namespace Connectors.Samples.Tests;

/// <summary>
/// One test per write the recipes make (issue 20, item 4): the emulator applies the write, then drops the response
/// (<see cref="Fault.LoseResponse"/>), so the step fails without knowing whether it acted and the engine retries it.
/// The recipe's flow must still pass its check, and the effect must be counted exactly as often as in a clean run:
/// nothing lost, nothing doubled.
/// </summary>
public sealed class LostResponseTests
{
    public static TheoryData<string, string, string, string, int> Writes => new()
    {
        // write, catalog check, system, path fragment + method, how many responses to drop
        { "case comment", "BC-CC-8", "CoreCase", "/comments POST", 1 },
        { "workflow start", "TG-WF-2", "WorkflowService", "/process-instances POST", 1 },
        { "Exstream job", "CC-EX-5", "Exstream", "/jobs POST", 1 },
        { "Trading Grid post", "TG-CC-2", "TradingGrid", "/posts POST", 1 },
        { "BigCommerce refund", "O2C-3", "BigCommerce", "/payment_actions/refunds POST", 1 },
        { "BigCommerce shipment", "O2C-4", "BigCommerce", "/shipments POST", 1 },
        { "case task", "TG-CC-6", "CoreCase", "/tasks POST", 1 },
        { "Trading Grid thread", "TG-CC-5", "TradingGrid", "/threads POST", 1 },
        { "task comment", "TG-WF-7", "WorkflowService", "/comments POST", 1 },

        // a PUT the client resends itself: drop enough responses that the step fails and the engine retries it
        { "BigCommerce staff note", "BC-CC-4", "BigCommerce", "/orders/ PUT", 4 },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_dropped_response_after_the_write_yields_one_effect(string write, string checkId, string system, string route, int drops)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var clean = await RunAsync(checkId, null, timeout.Token);
        var faulted = await RunAsync(checkId, systems =>
        {
            var (path, method) = (route[..route.LastIndexOf(' ')], route[(route.LastIndexOf(' ') + 1)..]);
            var faults = Faults(systems, system);
            faults.Add(Fault.LoseResponse(), drops, path, method);
            return faults;
        }, timeout.Token);

        Assert.True(clean.Result.Status == CheckStatus.Ok, $"clean run of {checkId}: {clean.Result.Detail}");
        Assert.True(faulted.Result.Status == CheckStatus.Ok, $"{write}, response dropped: {faulted.Result.Detail}");
        Assert.True(faulted.Injected >= 1, $"{write}: no response was dropped, the test proves nothing");
        Assert.Equal(clean.Effects.Of(write), faulted.Effects.Of(write));
        Assert.True(clean.Effects.Of(write) > 0, $"{write}: the clean run of {checkId} made no such effect");
    }

    private static FaultInjector Faults(EmulatedSystems systems, string system) => system switch
    {
        "CoreCase" => systems.CoreCase.Faults,
        "WorkflowService" => systems.WorkflowService.Faults,
        "Exstream" => systems.Exstream.Faults,
        "TradingGrid" => systems.TradingGrid.Faults,
        _ => systems.BigCommerce.Faults,
    };

    private static async Task<(CheckResult Result, long Injected, EffectCounts Effects)> RunAsync(
        string checkId, Func<EmulatedSystems, FaultInjector>? arrange, CancellationToken cancellationToken)
    {
        await using var host = await SampleHost.StartAsync([], cancellationToken: cancellationToken);
        var systems = host.Systems!;
        var context = new CatalogContext(host.Host.Services, host.Configuration, systems);
        var check = Assert.Single(CatalogChecks.Discover(), c => c.Id == checkId);
        var faults = arrange?.Invoke(systems);
        var result = await check.RunAsync(context, cancellationToken);
        faults?.Clear();
        return (result, faults?.InjectedCount ?? 0, await EffectCounts.ReadAsync(context, cancellationToken));
    }
}

/// <summary>How many of each write the recipes made, read back from the emulators.</summary>
internal sealed record EffectCounts(int Comments, int Processes, int Jobs, int Posts, int Refunds, int Shipments, int StaffNoteLines)
{
    /// <summary>Every effect counted, by name: the writes above and the other records the recipes create.</summary>
    public IReadOnlyDictionary<string, int> All { get; init; } = new Dictionary<string, int>();

    public int Of(string write) => write switch
    {
        "case comment" => Comments,
        "workflow start" => Processes,
        "Exstream job" => Jobs,
        "Trading Grid post" => Posts,
        "BigCommerce refund" => Refunds,
        "BigCommerce shipment" => Shipments,
        "BigCommerce staff note" => StaffNoteLines,
        "case task" => All["case tasks"],
        "Trading Grid thread" => All["Trading Grid threads"],
        "task comment" => All["workflow task comments"],
        _ => throw new ArgumentOutOfRangeException(nameof(write), write, "unknown write"),
    };

    public static async Task<EffectCounts> ReadAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        var systems = context.Systems!;
        var store = systems.BigCommerce.DefaultStore;
        var client = context.Get<BigCommerceClient>();
        int refunds = 0, shipments = 0, noteLines = 0;
        foreach (var orderId in store.OrderIds)
        {
            refunds += (await client.Payments.ListRefundsAsync(orderId).ToListAsync(cancellationToken)).Count;
            shipments += (await client.Shipments.ListAsync(orderId).ToListAsync(cancellationToken)).Count;
            noteLines += (store.StaffNotesOf(orderId) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        var cases = systems.CoreCase.State.Cases;
        var grid = systems.TradingGrid.State;
        var counts = new EffectCounts(
            cases.Sum(c => c.Comments.Count),
            systems.WorkflowService.Engine.Instances.Count,
            systems.Exstream.Jobs.Count,
            grid.Posts.Count,
            refunds,
            shipments,
            noteLines);
        return counts with
        {
            All = new Dictionary<string, int>
            {
                ["case comments"] = counts.Comments,
                ["workflow starts"] = counts.Processes,
                ["Exstream jobs"] = counts.Jobs,
                ["Trading Grid posts"] = counts.Posts,
                ["BigCommerce refunds"] = counts.Refunds,
                ["BigCommerce shipments"] = counts.Shipments,
                ["BigCommerce staff-note lines"] = counts.StaffNoteLines,
                ["cases"] = cases.Count,
                ["case tasks"] = cases.Sum(c => c.Tasks.Count),
                ["case attachments"] = cases.Sum(c => c.Attachments.Count),
                ["case links"] = cases.Sum(c => c.Links.Count),
                ["Trading Grid threads"] = grid.Threads.Count,
                ["Trading Grid documents"] = grid.Documents.Count,
                ["BigCommerce orders"] = store.OrderIds.Count,
                ["workflow task comments"] = systems.WorkflowService.Engine.Tasks.Sum(t => t.Comments.Count),
            },
        };
    }
}
