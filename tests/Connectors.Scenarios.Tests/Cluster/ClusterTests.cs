using Connectors.Scenarios.Tests.TestSupport;
using Xunit.Abstractions;

namespace Connectors.Scenarios.Tests.Cluster;

/// <summary>The cluster tests run alone: they start several processes, and one restarts the database server.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}

/// <summary>
/// Several real host processes (Connectors.Scenarios.ClusterHost) on one PostgreSQL store: every event is processed,
/// each effect once, per-subject order kept and never overlapping, through competition, kills, a frozen host, a
/// database restart, poller hand-over and a dead letter replayed through another host.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Three_hosts_share_the_work_with_each_effect_once_in_order_per_subject()
    {
        const int Events = 1500;
        await using var setup = await ClusterSetup.CreateAsync(Lease, subjects: 150);
        var hosts = await StartHostsAsync(setup, 3);
        try
        {
            await SubmitToTwoHostsEachAsync(hosts, Events);
            await setup.WaitUntilDoneAsync(2 * Events, TimeSpan.FromMinutes(3));

            var (effects, invocations) = await AssertAllDoneOnceInOrderAsync(setup, Events);
            Assert.Equal(effects.Count, invocations.Count);
            var shares = effects.GroupBy(e => e.Host).ToDictionary(g => g.Key, g => g.Count());
            output.WriteLine("effects per host: " + string.Join(", ", shares));
            Assert.Equal(3, shares.Count);
            Assert.All(shares.Values, count => Assert.True(count >= effects.Count / 10, $"every host should do at least 10% ({string.Join(", ", shares)})"));
        }
        finally
        {
            await QuitAllAsync(hosts);
        }
    }

    [Fact]
    public async Task Killed_and_restarted_hosts_lose_nothing_and_duplicate_only_what_the_sink_dedupes()
    {
        const int Events = 1000;
        const int Chunk = 100;
        const int Kills = 10;
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        await using var setup = await ClusterSetup.CreateAsync(Lease, subjects: 100);
        var hosts = await StartHostsAsync(setup, 3);
        var kills = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            // One kill per chunk: the chunk keeps every host busy, so the kill lands mid-work. A victim whose share
            // of the chunk is already done is killed idle after at most 3 s (a kill between events is a case too).
            for (var first = 0; first < Events; first += Chunk)
            {
                var (a, b) = TwoOf(hosts, first / Chunk);
                await Task.WhenAll(a.SubmitAsync(first, Chunk), b.SubmitAsync(first, Chunk));
                if (kills < Kills)
                {
                    // Kill a random host after a random number of its effects (between or inside steps), then start a new one.
                    var victim = random.Next(hosts.Count);
                    var busy = await hosts[victim].WaitForEffectsAsync(hosts[victim].Effects + random.Next(1, 20), TimeSpan.FromSeconds(3));
                    await hosts[victim].KillAsync();
                    hosts[victim].Dispose();
                    kills++;
                    hosts[victim] = await ClusterProcess.StartAsync(setup, $"host-{victim}-{kills}");
                    output.WriteLine($"kill {kills} at {clock.Elapsed.TotalSeconds:F1} s: host {victim} ({(busy ? "working" : "idle")}), {await setup.CountAsync("effects")} effects so far");
                }
            }

            await setup.WaitUntilDoneAsync(2 * Events, TimeSpan.FromMinutes(4));
            var (effects, invocations) = await AssertAllDoneOnceInOrderAsync(setup, Events);
            output.WriteLine($"{kills} kills, {effects.Count} effects, {invocations.Count} invocations");
            Assert.Equal(Kills, kills);
            Assert.InRange(invocations.Count - effects.Count, 0, Kills * 4);
        }
        finally
        {
            await QuitAllAsync(hosts);
        }
    }

    [Fact]
    public async Task A_host_frozen_past_its_lease_is_fenced_when_it_wakes()
    {
        const int Events = 400;
        await using var setup = await ClusterSetup.CreateAsync(Lease, subjects: 40);
        var hosts = await StartHostsAsync(setup, 3);
        try
        {
            await SubmitToTwoHostsEachAsync(hosts, Events);
            var zombie = hosts[0];
            Assert.True(await zombie.WaitForEffectsAsync(10), "the host to freeze should be working");
            var stoppedAt = await setup.NowAsync();
            await zombie.SignalAsync("STOP");
            await Task.Delay(3 * Lease);
            await zombie.SignalAsync("CONT");
            var resumedAt = await setup.NowAsync();

            await setup.WaitUntilDoneAsync(2 * Events, TimeSpan.FromMinutes(3));
            await Eventually.TrueAsync(() => zombie.Logs.Any(l => l.Contains("lost its claim", StringComparison.Ordinal)), "the frozen host noticed it lost its claims");

            // Its steps cut short by the freeze finished when it woke (a vendor call in flight cannot be recalled);
            // every other invocation keeps order and never overlaps within a subject.
            var (effects, invocations) = await AssertAllDoneOnceInOrderAsync(
                setup, Events, exclude: i => i.Host == zombie.HostId && i.StartedAt < stoppedAt && i.EndedAt >= resumedAt);
            output.WriteLine($"{effects.Count} effects, {invocations.Count} invocations; zombie log: {string.Join(" | ", zombie.Logs.Take(5))}");
            Assert.InRange(invocations.Count - effects.Count, 0, 4);
        }
        finally
        {
            await QuitAllAsync(hosts);
        }
    }

    [Fact]
    public async Task A_database_restart_mid_run_loses_nothing()
    {
        const int Events = 600;
        await using var setup = await ClusterSetup.CreateAsync(Lease, subjects: 60);
        var hosts = await StartHostsAsync(setup, 3);
        try
        {
            await SubmitToTwoHostsEachAsync(hosts, Events / 2);
            Assert.True(await hosts[1].WaitForEffectsAsync(20), "the hosts should be working");
            Assert.Equal(setup.ConnectionString, await PostgresServer.RestartAsync());

            // The test's own pooled connections died with the server too.
            await setup.ReconnectAsync();
            await SubmitToTwoHostsEachAsync(hosts, Events - (Events / 2), first: Events / 2);

            await setup.WaitUntilDoneAsync(2 * Events, TimeSpan.FromMinutes(3));
            var (effects, invocations) = await AssertAllDoneOnceInOrderAsync(setup, Events);
            output.WriteLine($"{effects.Count} effects, {invocations.Count} invocations; host log: {string.Join(" | ", hosts[1].Logs.Take(3))}");
            Assert.Contains(hosts.SelectMany(h => h.Logs), l => l.Contains("failed", StringComparison.Ordinal));
        }
        finally
        {
            await QuitAllAsync(hosts);
        }
    }

    [Fact]
    public async Task One_host_polls_at_a_time_and_another_takes_over_within_the_lease_after_a_kill()
    {
        await using var setup = await ClusterSetup.CreateAsync(Lease, subjects: 10);
        var hosts = new List<ClusterProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                hosts.Add(await ClusterProcess.StartAsync(setup, $"host-{i}", poll: true));
            }

            await Task.Delay(2 * Lease);
            var before = await setup.PollsAsync();
            var leader = Assert.Single(before.Select(p => p.Host).Distinct());
            Assert.True(before.Count >= 5, $"the leader should poll every 200 ms ({before.Count} polls)");

            var killedAt = await setup.NowAsync();
            var victim = hosts.Single(h => h.HostId == leader);
            await victim.KillAsync();
            await Task.Delay(Lease + TimeSpan.FromSeconds(2));

            var after = (await setup.PollsAsync()).Where(p => p.At > killedAt).ToList();
            var next = after.First(p => p.Host != leader);
            output.WriteLine($"leader {leader} killed; {next.Host} polled {(next.At - killedAt).TotalMilliseconds:F0} ms later");
            Assert.True(next.At - killedAt <= Lease + TimeSpan.FromSeconds(1), $"take-over took {(next.At - killedAt).TotalMilliseconds:F0} ms");
            Assert.Single(after.Where(p => p.At >= next.At).Select(p => p.Host).Distinct());
        }
        finally
        {
            await QuitAllAsync(hosts);
        }
    }

    [Fact]
    public async Task A_dead_letter_from_one_host_replayed_through_another_is_processed_once()
    {
        const int Events = 200;
        await using var setup = await ClusterSetup.CreateAsync(Lease, subjects: 50);
        var poison = Path.Combine(Path.GetTempPath(), $"cluster-poison-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(poison, "poisoned");
        var hosts = new List<ClusterProcess>();
        try
        {
            hosts.Add(await ClusterProcess.StartAsync(setup, "host-a", poison: poison));
            await hosts[0].SubmitAsync(0, Events);

            // Events 99 and 199 fail for good; their subject's followers (149 after 99) are not held up.
            await setup.WaitUntilDoneAsync(2 * (Events - 2), TimeSpan.FromMinutes(2));
            Assert.Equal([49, 149], (await setup.EffectsAsync()).Where(e => e.Step == "notify" && e.Event % 50 == 49).Select(e => e.Event).Order());
            Assert.Equal(2, (await setup.Store.QueryDeadLettersAsync(new())).Count);

            File.Delete(poison);
            hosts.Add(await ClusterProcess.StartAsync(setup, "host-b", poison: poison));
            await hosts[1].ReplayAsync();
            await setup.WaitUntilDoneAsync(2 * Events, TimeSpan.FromMinutes(2));

            var invocations = await setup.InvocationsAsync();
            Assert.Empty(await setup.Store.QueryDeadLettersAsync(new()));
            Assert.Equal(2 * Events, (await setup.EffectsAsync()).Count);
            Assert.Equal(2, invocations.Count(i => i.Event == 99));
            Assert.Equal(2, invocations.Count(i => i.Event == 199));
        }
        finally
        {
            await QuitAllAsync(hosts);
            File.Delete(poison);
        }
    }

    private static async Task<List<ClusterProcess>> StartHostsAsync(ClusterSetup setup, int count)
    {
        var hosts = new List<ClusterProcess>();
        for (var i = 0; i < count; i++)
        {
            hosts.Add(await ClusterProcess.StartAsync(setup, $"host-{i}"));
        }

        return hosts;
    }

    private static (ClusterProcess A, ClusterProcess B) TwoOf(List<ClusterProcess> hosts, int round)
        => (hosts[round % hosts.Count], hosts[(round + 1) % hosts.Count]);

    /// <summary>Submits events in chunks of 100, each chunk to two different hosts (a sender retrying against another instance).</summary>
    private static async Task SubmitToTwoHostsEachAsync(List<ClusterProcess> hosts, int count, int first = 0)
    {
        for (var start = first; start < first + count; start += 100)
        {
            var (a, b) = TwoOf(hosts, start / 100);
            var size = Math.Min(100, first + count - start);
            await Task.WhenAll(a.SubmitAsync(start, size), b.SubmitAsync(start, size));
        }
    }

    /// <summary>
    /// Nothing lost or doubled (each step's effect once per event), queue and dead letters empty, the store's
    /// per-subject invariant intact, and per subject: first invocations in submission order, none overlapping.
    /// </summary>
    private static async Task<(List<(int Event, string Step, string Host)> Effects, List<Invocation> Invocations)> AssertAllDoneOnceInOrderAsync(
        ClusterSetup setup, int events, Func<Invocation, bool>? exclude = null)
    {
        var effects = await setup.EffectsAsync();
        var invocations = await setup.InvocationsAsync();
        foreach (var step in new[] { "reserve", "notify" })
        {
            Assert.Equal(Enumerable.Range(0, events), effects.Where(e => e.Step == step).Select(e => e.Event).Order());
        }

        Assert.Equal(0, await setup.Store.CountQueuedAsync());
        Assert.Empty(await setup.Store.QueryDeadLettersAsync(new()));
        Assert.Equal(0, await setup.Store.CountBrokenSubjectsAsync());
        foreach (var subject in invocations.GroupBy(i => i.Subject))
        {
            var firsts = subject.Where(i => i.Step == "reserve").DistinctBy(i => i.Event).Select(i => i.Event).ToList();
            Assert.Equal(firsts.Order(), firsts);
            var kept = subject.Where(i => exclude?.Invoke(i) != true).OrderBy(i => i.StartedAt).ToList();
            for (var i = 1; i < kept.Count; i++)
            {
                Assert.True(
                    kept[i - 1].EndedAt <= kept[i].StartedAt,
                    $"subject {subject.Key}: {kept[i - 1]} overlaps {kept[i]}");
            }
        }

        return (effects, invocations);
    }

    private static async Task QuitAllAsync(List<ClusterProcess> hosts)
    {
        await Task.WhenAll(hosts.Select(h => h.QuitAsync()));
        foreach (var host in hosts)
        {
            host.Dispose();
        }
    }
}
