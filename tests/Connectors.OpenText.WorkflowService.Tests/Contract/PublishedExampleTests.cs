using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Core;
using Connectors.Tests.Shared;

namespace Connectors.OpenText.WorkflowService.Tests.Contract;

/// <summary>
/// OpenText's published Workflow Service examples (Vendor/, see SOURCE.md): every request of the two collections and the
/// published claim/complete bodies are made by the client and recorded on the wire (method, path, query, body compared
/// with the file); the published list shapes are parsed with their values asserted.
/// </summary>
public sealed class PublishedExampleTests
{
    private const string Host = "https://na-1.api.opentext.com";

    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        ["base_url"] = Host,
        ["workflow_service_url"] = Host + "/workflow/v1",
        ["access_token"] = "token",
    };

    /// <summary>The paging parameters the client adds to every list call (offset is published, size assumed).</summary>
    private static readonly string[] PagingParameters = ["offset", "size"];

    private static string VendorPath(string file) => Path.Combine(AppContext.BaseDirectory, "Vendor", file);

    private static JsonObject Shapes => JsonNode.Parse(File.ReadAllText(VendorPath("published-shapes.json")))!.AsObject();

    private static IReadOnlyList<PostmanRequest> Collection(string file) => PostmanCollection.Load(VendorPath(file), Variables);

    private static (WorkflowServiceClient Client, RecordingHandler Wire) Rig(Func<RecordedRequest, HttpResponseMessage>? answer = null)
    {
        var wire = new RecordingHandler(answer ?? Answer);
        var http = new HttpClient(wire) { BaseAddress = new Uri(Host + "/workflow/v1/") };
        return (new WorkflowServiceClient(http), wire);
    }

    /// <summary>Answers lists with the published HAL shapes, a deploy with a model, anything else with 204.</summary>
    private static HttpResponseMessage Answer(RecordedRequest request)
    {
        var path = request.Uri.AbsolutePath;
        return (request.Method, path) switch
        {
            ("GET", "/workflow/v1/runtime/models") => RecordingHandler.Json(Shapes["models"]!.ToJsonString()),
            ("GET", "/workflow/v1/tasks") => RecordingHandler.Json(Shapes["tasks"]!.ToJsonString()),
            ("GET", "/workflow/v1/process-instances") => RecordingHandler.Json(Shapes["process-instances"]!.ToJsonString()),
            ("POST", "/workflow/v1/runtime/models") => RecordingHandler.Json("""{"id":"46365f61-90ed-11ec-a6b0-eeee0affc469","key":"contract_approval","version":1}""", HttpStatusCode.Created),
            _ => new HttpResponseMessage(HttpStatusCode.NoContent),
        };
    }

    /// <summary>How a caller makes each published request with the client.</summary>
    private static readonly Dictionary<string, Func<WorkflowServiceClient, PostmanRequest, Task>> Calls = new(StringComparer.Ordinal)
    {
        ["Get all process models"] = async (c, _) => await c.Models.ListAsync(latestOnly: false).ToListAsync(),
        ["Get 'Contract Approval' process model"] = async (c, _) => await c.Models.ListAsync("contract_approval", latestOnly: false, modelType: "json").ToListAsync(),
        ["Get all tasks"] = async (c, _) => await c.Tasks.ListAsync(new TaskQuery { Sort = "createTime", Order = SortOrder.Descending, IncludeVariables = true }).ToListAsync(),
        ["Create 'Contract Approval' process model"] = async (c, p) =>
        {
            using var body = JsonDocument.Parse(p.RawBody!);
            await c.Models.DeployAsync(body.RootElement.GetProperty("modelContent"), body.RootElement.GetProperty("modelType").GetString()!);
        },
        ["Delete process model"] = async (c, p) => await c.Models.DeleteAsync(p.Url.Segments[^1]),
    };

    public static TheoryData<string, string> PublishedRequests()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "cloud-developer-tutorial.workflow-service.json", "imaas-developer-tutorial.workflow-service.json" })
        {
            foreach (var request in Collection(file))
            {
                data.Add(file, request.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublishedRequests))]
    public async Task Each_published_request_is_made_by_the_client_as_published(string file, string name)
    {
        var published = Collection(file).Single(r => r.Name == name);
        var (client, wire) = Rig();
        Assert.True(Calls.TryGetValue(name, out var call), $"No client call for the published request '{name}'.");

        await call(client, published);

        var sent = Assert.Single(wire.Requests);
        Assert.Equal(published.Method, sent.Method);
        Assert.Equal(published.Url.AbsolutePath, sent.Uri.AbsolutePath);
        Assert.Equal(published.Query, sent.Query.Where(q => !PagingParameters.Contains(q.Key)));
        if (published.RawBody is { Length: > 0 } raw && published.Method != "GET" && published.Method != "DELETE")
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(raw), JsonNode.Parse(sent.BodyText)), $"{name}: the body differs from the published one.");
        }
        else
        {
            Assert.Null(sent.Body);
        }
    }

    [Fact]
    public async Task The_latest_model_by_key_adds_only_the_published_latestVersion()
    {
        var (client, wire) = Rig();

        WorkflowModel model = await client.Models.GetLatestAsync("contract_approval");

        Assert.Equal(("46365f61-90ed-11ec-a6b0-eeee0affc469", "Contract Approval", 3), (model.Id, model.Name, model.Version));
        Assert.Equal(
            [new("modelType", "json"), new("key", "contract_approval"), new KeyValuePair<string, string>("latestVersion", "true")],
            Assert.Single(wire.Requests).Query);
    }

    [Fact]
    public async Task Claim_and_complete_send_the_published_bodies_to_POST_tasks_id()
    {
        var (client, wire) = Rig();

        await client.Tasks.ClaimAsync("6b7b0c2e-1f0a-11ee-9d2a-0242ac120003", "jdoe");
        await client.Tasks.CompleteAsync("6b7b0c2e-1f0a-11ee-9d2a-0242ac120003", [WorkflowVariable.FromValue("approver", "jdoe")], outcome: "approved");

        Assert.All(wire.Requests, r => Assert.Equal(("POST", "/workflow/v1/tasks/6b7b0c2e-1f0a-11ee-9d2a-0242ac120003"), (r.Method, r.Uri.AbsolutePath)));
        Assert.True(JsonNode.DeepEquals(Shapes["claim"], JsonNode.Parse(wire.Requests[0].BodyText)), wire.Requests[0].BodyText);
        Assert.True(JsonNode.DeepEquals(Shapes["complete"], JsonNode.Parse(wire.Requests[1].BodyText)), wire.Requests[1].BodyText);
    }

    [Fact]
    public async Task Instance_actions_variables_and_comments_use_the_published_routes()
    {
        var (client, wire) = Rig(r => r.Method == "GET"
            ? RecordingHandler.Json("[]")
            : r.Uri.AbsolutePath.EndsWith("/variables", StringComparison.Ordinal)
                ? RecordingHandler.Json("""[{"name":"approver","value":"jdoe"}]""", HttpStatusCode.Created)
                : r.Uri.AbsolutePath.Contains("/variables/", StringComparison.Ordinal)
                    ? RecordingHandler.Json("""{"name":"approver","value":"rroe"}""")
                    : r.Uri.AbsolutePath.EndsWith("/comments", StringComparison.Ordinal)
                        ? RecordingHandler.Json("""{"id":"c1","message":"On hold for legal"}""", HttpStatusCode.Created)
                        : RecordingHandler.Json("""{"id":"p1","suspended":true}"""));
        const string id = "9f1c2d3e-1f0a-11ee-9d2a-0242ac120010";

        await client.ProcessInstances.SuspendAsync(id, "On hold for legal");
        await client.ProcessInstances.AddVariablesAsync(id, [WorkflowVariable.FromValue("approver", "jdoe")]);
        await client.ProcessInstances.SetVariableAsync(id, WorkflowVariable.FromValue("approver", "rroe"));
        await client.ProcessInstances.AddCommentAsync(id, "On hold for legal");
        await client.ProcessInstances.DeleteAsync(id);

        Assert.Equal(
            [("PUT", $"/workflow/v1/process-instances/{id}"), ("POST", $"/workflow/v1/process-instances/{id}/variables"),
             ("PUT", $"/workflow/v1/process-instances/{id}/variables/approver"), ("POST", $"/workflow/v1/process-instances/{id}/comments"),
             ("DELETE", $"/workflow/v1/process-instances/{id}")],
            wire.Requests.Select(r => (r.Method, r.Uri.AbsolutePath)));
        Assert.Equal("suspend", JsonNode.Parse(wire.Requests[0].BodyText)!["action"]!.GetValue<string>());
        Assert.NotNull(JsonNode.Parse(wire.Requests[0].BodyText)!["comment"]);
        Assert.IsType<JsonArray>(JsonNode.Parse(wire.Requests[1].BodyText));
        Assert.Equal("rroe", JsonNode.Parse(wire.Requests[2].BodyText)!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_published_task_list_parses_with_its_values()
    {
        var (client, _) = Rig();

        var page = Assert.Single(await client.Tasks.ListAsync(new TaskQuery { Sort = "createTime", Order = SortOrder.Descending, IncludeVariables = true }).AsPages().ToListAsync());

        Assert.Equal(3, page.Values.Count);
        Assert.Equal(3, page.TotalCount);
        Assert.Null(page.ContinuationToken);
        var first = page.Values[0];
        Assert.Equal(("6b7b0c2e-1f0a-11ee-9d2a-0242ac120003", "Line Manager Approval", null), (first.Id, first.Name, first.Assignee));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), first.CreateTime);
        var contract = first.GetVariable("contract")!;
        Assert.Equal("Lease agreement.pdf", contract.Value.GetProperty("name").GetString());
        Assert.Equal(1500, contract.Value.GetProperty("properties").GetProperty("value").GetInt32());
        Assert.Equal("jdoe", page.Values[1].Assignee);
        Assert.Equal("Risk Manager Approval", page.Values[2].Name);
        Assert.Empty(page.Values[2].Variables);
    }

    [Fact]
    public async Task The_published_instance_and_model_lists_parse_with_their_values()
    {
        var (client, _) = Rig();

        var instance = Assert.Single(await client.ProcessInstances.ListAsync().ToListAsync());
        var model = Assert.Single(await client.Models.ListAsync().ToListAsync());

        Assert.Equal(("9f1c2d3e-1f0a-11ee-9d2a-0242ac120010", "c-17", "contract_approval", false), (instance.Id, instance.BusinessKey, instance.ProcessDefinitionKey, instance.Suspended));
        Assert.Equal(("46365f61-90ed-11ec-a6b0-eeee0affc469", "contract_approval", 3), (model.Id, model.Key, model.Version));
    }
}
