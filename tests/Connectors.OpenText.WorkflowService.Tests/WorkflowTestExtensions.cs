namespace Connectors.OpenText.WorkflowService.Tests;

internal static class WorkflowTestExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>The single open task of an instance.</summary>
    public static async Task<WorkflowTask> OpenTaskAsync(this WorkflowServiceClient client, string processInstanceId)
    {
        var tasks = await client.Tasks.ListAsync(new TaskQuery { ProcessInstanceId = processInstanceId }).ToListAsync();
        return Assert.Single(tasks);
    }
}

internal static class AsyncEnumerableTestExtensions
{
    public static async Task<T> FirstAsync<T>(this IAsyncEnumerable<T> source)
    {
        await foreach (var item in source)
        {
            return item;
        }

        throw new InvalidOperationException("The sequence is empty.");
    }
}
