using System.Text.Json.Nodes;
using Connectors.BigCommerce;
using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Diagnostics;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Samples.Verify;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Tests;

/// <summary>
/// Contract tests from recordings: the fixtures in <c>Recorded/</c> were written by <c>verify --record</c> against the
/// emulators (SOURCE.md); each client reads them back through its own pipeline and parser, as it would a tenant's.
/// </summary>
public sealed class ReplayTests
{
    [Fact]
    public async Task BigCommerce_reads_a_recorded_order()
    {
        var calls = Fixture("BigCommerce");
        var recorded = calls.First(c => c.Method == "GET" && System.Text.RegularExpressions.Regex.IsMatch(c.Path, @"/v2/orders/\d+$")).Json!;
        await using var replay = await ReplayHost.StartAsync(BigCommerceClient.SystemName, calls);

        Order order = await replay.Get<BigCommerceClient>().Orders.GetAsync(recorded["id"]!.GetValue<int>());

        Assert.Equal(recorded["id"]!.GetValue<int>(), order.Id);
        Assert.Equal(recorded["status"]!.GetValue<string>(), order.Status.Name);
        await AssertEveryProbeReadsItsRecordingAsync(replay, "BigCommerce");
    }

    [Fact]
    public async Task CoreCase_reads_a_recorded_case()
    {
        var calls = Fixture("CoreCase");
        var get = calls.First(c => c.Method == "GET" && c.Path.Contains("/cases/", StringComparison.Ordinal) && c.Path.Split('/').Length == 7 && c.Status == 200);
        var segments = get.Path.Split('/');
        await using var replay = await ReplayHost.StartAsync(CoreCaseClient.SystemName, calls);

        CaseInstance found = await replay.Get<CoreCaseClient>().Cases.GetAsync(new CaseRef(segments[4], segments[6]));

        Assert.Equal(segments[6], found.Ref.CaseId);
        Assert.Equal(get.Json!["id"]!.GetValue<string>(), found.Ref.CaseId);
        await AssertEveryProbeReadsItsRecordingAsync(replay, "CoreCase");
    }

    [Fact]
    public async Task Exstream_reads_a_recorded_job()
    {
        var calls = Fixture("Exstream");
        await using var replay = await ReplayHost.StartAsync(ExstreamClient.SystemName, calls);

        var jobs = new List<CommunicationJob>();
        await foreach (var job in replay.Get<ExstreamClient>().Jobs.ListAsync())
        {
            jobs.Add(job);
        }

        Assert.NotEmpty(jobs);
        Assert.All(jobs, j => Assert.False(string.IsNullOrEmpty(j.JobId)));
        await AssertEveryProbeReadsItsRecordingAsync(replay, "Exstream");
    }

    [Fact]
    public async Task TradingGrid_reads_the_recorded_company()
    {
        var calls = Fixture("TradingGrid");
        var recorded = calls.First(c => c.Method == "GET" && c.Path.EndsWith("/companies/" + TradingGridSeedCompany, StringComparison.Ordinal)).Json!;
        await using var replay = await ReplayHost.StartAsync(TradingGridClient.SystemName, calls);

        TradingGridCompany company = await replay.Get<TradingGridClient>().Company.GetAsync();

        Assert.Equal(recorded["companyName"]?.GetValue<string>(), company.CompanyName);
        await AssertEveryProbeReadsItsRecordingAsync(replay, "TradingGrid");
    }

    [Fact]
    public async Task WorkflowService_reads_recorded_tasks()
    {
        var calls = Fixture("WorkflowService");
        await using var replay = await ReplayHost.StartAsync(WorkflowServiceClient.SystemName, calls);

        var tasks = new List<WorkflowTask>();
        await foreach (var task in replay.Get<WorkflowServiceClient>().Tasks.ListAsync())
        {
            tasks.Add(task);
        }

        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.False(string.IsNullOrEmpty(t.Id)));
        await AssertEveryProbeReadsItsRecordingAsync(replay, "WorkflowService");
    }

    private const string TradingGridSeedCompany = Connectors.Emulators.TradingGrid.TradingGridSeed.CompanyId;

    private static IReadOnlyList<RecordedCall> Fixture(string system)
        => RecordedCall.Load(Path.Combine(AppContext.BaseDirectory, "Recorded", system + ".jsonl"));

    // The route check over the recording: every route it calls parses into the client's model from the recorded body.
    private static async Task AssertEveryProbeReadsItsRecordingAsync(ReplayHost replay, string system)
    {
        var target = VerifyTargets.All.Single(t => t.Name == system);
        var seeds = target.Seeds(replay.Services).Where(s => !string.IsNullOrEmpty(s.Value)).ToList();
        var results = await RouteCheck.RunAsync(system, target.Client(replay.Services), target.Probes, new RouteProbeIds(seeds.Concat(replay.IdsFromRecording(system))));
        Assert.All(results.Where(r => r.Outcome != RouteOutcome.NotChecked), r => Assert.True(r.Outcome == RouteOutcome.Reached, $"{r.Route}: {r.Outcome} {r.Detail}"));
    }

    private sealed class ReplayHost : IAsyncDisposable
    {
        private readonly EmulatedSystems _systems;
        private readonly ServiceProvider _provider;
        private readonly IReadOnlyList<RecordedCall> _calls;

        private ReplayHost(EmulatedSystems systems, ServiceProvider provider, IReadOnlyList<RecordedCall> calls)
        {
            _systems = systems;
            _provider = provider;
            _calls = calls;
        }

        public IServiceProvider Services => _provider;

        // The emulators only sign in (OpenText tokens come from the identity emulator); every API answer comes from the fixture.
        public static async Task<ReplayHost> StartAsync(string httpSystem, IReadOnlyList<RecordedCall> calls)
        {
            var systems = await EmulatedSystems.StartAsync();
            var services = new ServiceCollection();
            services.AddEmulatedConnectors(systems);
            services.AddHttpClient(ConnectorServiceCollectionExtensions.HttpClientName(httpSystem, string.Empty))
                .ConfigurePrimaryHttpMessageHandler(() => new ReplayHandler(calls));
            return new ReplayHost(systems, services.BuildServiceProvider(), calls);
        }

        public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

        // Ids the recording was made with (the emulator warm-up's seeds are not in the fixture): the first GET of a case or order with shipments.
        public IEnumerable<KeyValuePair<string, string>> IdsFromRecording(string system)
        {
            if (system == "CoreCase" && _calls.FirstOrDefault(c => c.Method == "GET" && c.Path.EndsWith("/history", StringComparison.Ordinal)) is { } history)
            {
                var s = history.Path.Split('/');
                return [KeyValuePair.Create("caseDefinitionId", s[4]), KeyValuePair.Create("caseId", s[6])];
            }

            if (system == "BigCommerce" && _calls.FirstOrDefault(c => c.Method == "GET" && c.Path.Contains("/shipments/", StringComparison.Ordinal)) is { } shipment)
            {
                var s = shipment.Path.Split('/');
                return [KeyValuePair.Create("orderId", s[5]), KeyValuePair.Create("shipmentId", s[7])];
            }

            if (system == "Exstream" && _calls.FirstOrDefault(c => c.Method == "GET" && c.Path.Contains("/communication-set/", StringComparison.Ordinal)) is { } manifest)
            {
                return [KeyValuePair.Create("communicationSetId", manifest.Path.Split('/')[^1])];
            }

            if (system == "TradingGrid")
            {
                // Login ids look like e-mail addresses, so the recorder wrote them as REDACTED in the paths too.
                return [KeyValuePair.Create("userId", Redaction.Placeholder), KeyValuePair.Create("loginId", Redaction.Placeholder)];
            }

            return [];
        }

        public async ValueTask DisposeAsync()
        {
            await _provider.DisposeAsync();
            await _systems.DisposeAsync();
        }
    }
}
