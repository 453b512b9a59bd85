using System.Net;
using System.Text;
using Connectors.Core;

namespace Connectors.OpenText.WorkflowService.Tests.Contract;

/// <summary>The published list shape, HAL, read from fixed bodies: items, paging, and any other shape refused.</summary>
public sealed class HalListTests
{
    private const string ThreeTasks = """
        {
          "_embedded": { "tasks": [
            { "id": "t-1", "name": "Line Manager Approval", "createTime": "2026-11-30T09:00:00.000+0000", "assignee": null,
              "variables": [ { "name": "contract", "value": { "name": "Lease.pdf", "properties": { "value": 1500 } } } ] },
            { "id": "t-2", "name": "Line Manager Approval", "createTime": "2026-11-30T08:00:00.000+0000", "assignee": "jdoe", "variables": [] },
            { "id": "t-3", "name": "Risk Manager Approval", "createTime": "2026-11-29T17:30:00.000+0000", "assignee": null }
          ] },
          "_links": { "self": { "href": "/workflow/v1/tasks" } },
          "page": { "size": 10, "totalElements": 3, "totalPages": 1, "number": 0 }
        }
        """;

    private static (WorkflowServiceClient Client, FixedHandler Handler) Client(params string[] bodies)
    {
        var handler = new FixedHandler(bodies);
        var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/workflow/v1/") };
        return (new WorkflowServiceClient(http, new WorkflowServiceClientOptions { DefaultPageSize = 10 }), handler);
    }

    [Fact]
    public async Task A_HAL_list_of_three_tasks_yields_three_tasks()
    {
        var (client, handler) = Client(ThreeTasks);

        var tasks = await client.Tasks.ListAsync(new TaskQuery { Sort = "createTime", Order = SortOrder.Descending, IncludeVariables = true }).ToListAsync();

        Assert.Equal(["t-1", "t-2", "t-3"], tasks.Select(t => t.Id));
        Assert.Equal("jdoe", tasks[1].Assignee);
        Assert.Null(tasks[0].Assignee);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), tasks[0].CreateTime);
        Assert.Equal(1500, tasks[0].GetVariable("contract")!.Value.GetProperty("properties").GetProperty("value").GetInt32());
        Assert.Equal("/workflow/v1/tasks?sort=createTime&order=desc&includeProcessVariables=true&offset=0&size=10", Assert.Single(handler.Requests));
    }

    [Fact]
    public async Task Pages_follow_offset_and_total_elements()
    {
        var (client, handler) = Client(
            """{"_embedded":{"process-instances":[{"id":"p1"},{"id":"p2"}]},"page":{"size":2,"totalElements":3,"totalPages":2,"number":0}}""",
            """{"_embedded":{"process-instances":[{"id":"p3"}]},"page":{"size":2,"totalElements":3,"totalPages":2,"number":1}}""");

        var pages = await client.ProcessInstances.ListAsync().AsPages(pageSizeHint: 2).ToListAsync();

        Assert.Equal([["p1", "p2"], ["p3"]], pages.Select(p => p.Values.Select(i => i.Id).ToArray()));
        Assert.Equal(3, pages[0].TotalCount);
        Assert.EndsWith("offset=2&size=2", handler.Requests[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_HAL_list_without_embedded_is_empty()
    {
        var (client, _) = Client("""{"_links":{"self":{"href":"/workflow/v1/tasks"}},"page":{"size":10,"totalElements":0,"totalPages":0,"number":0}}""");

        Assert.Empty(await client.Tasks.ListAsync().ToListAsync());
    }

    [Theory]
    [InlineData("""{"data":[{"id":"t-1"}],"total":1,"start":0,"size":1}""")]
    [InlineData("""{"_embedded":{"models":[{"id":"m","key":"k"}]},"page":{"size":1,"totalElements":1,"totalPages":1,"number":0}}""")]
    [InlineData("""[{"id":"t-1"}]""")]
    [InlineData("""{}""")]
    public async Task A_body_of_neither_shape_is_a_typed_error_never_an_empty_list(string body)
    {
        var (client, _) = Client(body);

        var error = await Assert.ThrowsAsync<ConnectorSerializationException>(() => client.Tasks.ListAsync().ToListAsync());

        Assert.Contains("not a Workflow Service list", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, error.Status);
    }

    /// <summary>Answers each request with the next fixed body and records its path and query.</summary>
    private sealed class FixedHandler(string[] bodies) : HttpMessageHandler
    {
        private int _next;

        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!.PathAndQuery);
            var body = bodies[Math.Min(_next++, bodies.Length - 1)];
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
