using Connectors.Emulators.Hosting;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class FindOrCreateTests
{
    private static readonly ExternalReference Order = new("bigcommerce:abc", "order:100:payment-declined");

    [Fact]
    public async Task Creates_once_then_finds_the_same_case()
    {
        await using var host = await ClientHost.StartAsync();

        var first = (await host.Client.Cases.FindOrCreateAsync(ClientHost.NewCase("Payment declined", Order))).Value;
        var second = (await host.Client.Cases.FindOrCreateAsync(ClientHost.NewCase("Payment declined", Order))).Value;

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Case.Id, second.Case.Id);
    }

    [Fact]
    public async Task Two_callers_racing_make_one_case_not_two()
    {
        await using var host = await ClientHost.StartAsync();
        // Hold both searches so that both see "no case" and both try to create.
        host.Emulators.CoreCase.Faults.Add(Fault.Latency(TimeSpan.FromMilliseconds(300)), count: 2, pathContains: "/cases", method: "GET");

        var results = await Task.WhenAll(
            host.Client.Cases.FindOrCreateAsync(ClientHost.NewCase("Payment declined", Order)),
            host.Client.Cases.FindOrCreateAsync(ClientHost.NewCase("Payment declined", Order)));

        Assert.Single(host.Emulators.CoreCase.State.FindByExternalReference(Order.System, Order.Id));
        Assert.Equal(results[0].Value.Case.Id, results[1].Value.Case.Id);
        Assert.Single(results, r => r.Value.Created);
    }

    [Fact]
    public async Task Losing_the_race_after_the_search_returns_the_winners_case()
    {
        await using var host = await ClientHost.StartAsync();
        var winner = (await host.Client.Cases.CreateAsync(ClientHost.NewCase("created elsewhere", Order))).Value;
        // The search answers as if it ran just before the other caller's create landed.
        const string emptyPage = """{"_embedded":{"cases":[]},"_links":{},"page":{"size":1,"totalElements":0,"totalPages":0,"number":0}}""";
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, emptyPage), count: 1, pathContains: "/cases", method: "GET");

        var result = (await host.Client.Cases.FindOrCreateAsync(ClientHost.NewCase("mine", Order))).Value;

        Assert.False(result.Created);
        Assert.Equal(winner.Id, result.Case.Id);
        Assert.Equal(1, host.Emulators.CoreCase.Faults.InjectedCount);
        Assert.Single(host.Emulators.CoreCase.State.Cases);
    }

    [Fact]
    public async Task A_plain_create_with_a_used_reference_is_a_typed_conflict()
    {
        await using var host = await ClientHost.StartAsync();
        var first = (await host.Client.Cases.CreateAsync(ClientHost.NewCase("one", Order))).Value;

        var error = await Assert.ThrowsAsync<DuplicateExternalReferenceException>(() => host.Client.Cases.CreateAsync(ClientHost.NewCase("two", Order)));

        Assert.Equal(first.Ref, error.ExistingCase);
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Cases.FindOrCreateAsync(ClientHost.NewCase("no reference")));
    }
}
