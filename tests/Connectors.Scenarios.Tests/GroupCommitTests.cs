using Connectors.Scenarios.PostgreSql;

namespace Connectors.Scenarios.Tests;

/// <summary>The PostgreSQL store's group commit: what arrives while a batch is in flight goes in the next one, each caller gets its own result.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Requests_arriving_while_a_batch_is_in_flight_go_together_in_the_next_batch()
    {
        var batches = new List<int[]>();
        var firstInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var group = new GroupCommit<int, string>(
            async requests =>
            {
                lock (batches)
                {
                    batches.Add([.. requests]);
                }

                if (requests[0] == 0)
                {
                    firstInFlight.SetResult();
                    await releaseFirst.Task;
                }

                return [.. requests.Select(r => $"r{r}")];
            },
            maxBatch: 3);

        var first = group.SendAsync(0, CancellationToken.None);
        await firstInFlight.Task;
        var later = Enumerable.Range(1, 5).Select(i => group.SendAsync(i, CancellationToken.None)).ToList();
        releaseFirst.SetResult();

        Assert.Equal("r0", await first);
        Assert.Equal(["r1", "r2", "r3", "r4", "r5"], await Task.WhenAll(later));
        Assert.Equal([[0], [1, 2, 3], [4, 5]], batches);
    }

    [Fact]
    public async Task A_failed_batch_fails_its_own_callers_and_the_next_batch_still_goes()
    {
        var firstInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var group = new GroupCommit<int, int>(
            async requests =>
            {
                if (requests[0] == 0)
                {
                    firstInFlight.SetResult();
                    await releaseFirst.Task;
                    throw new InvalidOperationException("connection lost");
                }

                return [.. requests.Select(r => r * 10)];
            },
            maxBatch: 16);

        var first = group.SendAsync(0, CancellationToken.None);
        await firstInFlight.Task;
        var later = Enumerable.Range(1, 3).Select(i => group.SendAsync(i, CancellationToken.None)).ToList();
        releaseFirst.SetResult();

        Assert.Equal("connection lost", (await Assert.ThrowsAsync<InvalidOperationException>(() => first)).Message);
        Assert.Equal(new[] { 10, 20, 30 }, await Task.WhenAll(later));
        Assert.Equal(40, await group.SendAsync(4, CancellationToken.None));
    }
}
