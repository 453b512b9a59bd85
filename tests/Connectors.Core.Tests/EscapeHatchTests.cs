using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Connectors.Core.Tests;

/// <summary><see cref="ConnectorClient"/>: any route through the client's own pipeline, typed, raw or streamed.</summary>
public sealed class EscapeHatchTests
{
    [Fact]
    public async Task A_get_is_sent_relative_to_the_base_address_retried_after_a_503_and_read_typed()
    {
        var stub = new StubHandler((_, call) => call == 1 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : StubHandler.Json("""{"id":7,"name":"seven"}"""));
        var (client, services) = HatchClient.Create(stub);
        using var _ = services;

        Response<Item> item = await client.SendAsync(ApiRequest.Get("v9/items/7").WithQuery("expand", "all"), TestJsonContext.Default.Item);

        Assert.Equal(new Item(7, "seven"), item.Value);
        Assert.Equal(2, stub.Calls);
        Assert.Equal("http://127.0.0.1:9/api/v9/items/7?expand=all", stub.Requests[1].RequestUri!.ToString());
    }

    [Fact]
    public async Task A_raw_call_keeps_the_body_bytes_and_a_json_node_body_is_sent_as_json()
    {
        string? sentBody = null, sentType = null;
        var stub = new StubHandler((request, _) =>
        {
            sentBody = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            sentType = request.Content.Headers.ContentType?.MediaType;
            var response = StubHandler.Json("""{"accepted":true}""", HttpStatusCode.Accepted);
            response.Headers.Add("X-Request-ID", "req-42");
            return response;
        });
        var (client, services) = HatchClient.Create(stub);
        using var _ = services;

        Response raw = await client.SendAsync(ApiRequest.Post("v9/things").WithJson(new JsonObject { ["name"] = "new", ["tags"] = new JsonArray("a") }));

        Assert.Equal((202, "req-42"), (raw.Status, raw.RequestId));
        Assert.Equal("""{"accepted":true}""", raw.ContentAsString());
        Assert.True(JsonNode.Parse(raw.Content.Span)!["accepted"]!.GetValue<bool>());
        Assert.Equal(("""{"name":"new","tags":["a"]}""", "application/json"), (sentBody, sentType));
    }

    [Fact]
    public async Task A_post_is_not_resent_after_a_503_unless_marked_idempotent_and_a_utf8_body_goes_as_is()
    {
        var stub = new StubHandler((_, call) => call <= 2 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : StubHandler.Json("{}"));
        var (client, services) = HatchClient.Create(stub);
        using var _ = services;
        var body = Encoding.UTF8.GetBytes("""{"query":"{ ping }"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(ApiRequest.Post("search").WithJson(body)));
        Assert.Equal((503, 1), (error.Status, stub.Calls));

        Response retried = await client.SendAsync(ApiRequest.Post("search").WithJson(body).MarkIdempotent());
        Assert.Equal((200, 3), (retried.Status, stub.Calls));
    }

    [Fact]
    public async Task A_stream_call_returns_the_body_unbuffered_and_a_seekable_stream_body_is_resent_on_a_retry()
    {
        var stub = new StubHandler((request, call) =>
        {
            Assert.Equal("upload", request.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            return call == 1
                ? new HttpResponseMessage(HttpStatusCode.BadGateway)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("application/pdf") } } };
        });
        var (client, services) = HatchClient.Create(stub);
        using var _ = services;

        await using var download = await client.SendForStreamAsync(
            ApiRequest.Put("files/a.pdf").WithStream(new MemoryStream(Encoding.UTF8.GetBytes("upload")), "text/plain"));
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        Assert.Equal([1, 2, 3], copy.ToArray());
        Assert.Equal("application/pdf", download.ContentType);
        Assert.Equal(2, stub.Calls); // the stub read "upload" on both attempts
    }

    [Theory]
    [InlineData("/v2/orders")]
    [InlineData("//evil.example/steal")]
    [InlineData("https://evil.example/steal")]
    public void A_path_that_could_leave_the_base_address_is_refused(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => ApiRequest.Create(HttpMethod.Get, path));
        Assert.Contains("relative to the client's base address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mocked_client_answers_with_the_response_the_test_sets_up()
    {
        var client = Substitute.For<HatchClient>();
        client.SendAsync(Arg.Any<ApiRequest>(), Arg.Any<CancellationToken>())
            .Returns(Response.Create(200, content: Encoding.UTF8.GetBytes("""{"ok":1}""")));

        Response raw = await client.SendAsync(ApiRequest.Get("anything"));

        Assert.Equal("""{"ok":1}""", raw.ContentAsString());
    }
}

/// <summary>A client built the way the five real ones are: resource services plus the inherited escape hatch.</summary>
public class HatchClient : ConnectorClient
{
    public HatchClient(ApiConnection connection)
        : base(connection)
    {
    }

    protected HatchClient()
    {
    }

    internal static (HatchClient Client, ServiceProvider Services) Create(StubHandler stub)
    {
        var services = new ServiceCollection();
        services.AddConnectorClient(
                string.Empty,
                new ConnectorClientRegistration<HatchClient, TestOptions>("Test", (_, http, _) => new HatchClient(new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None)))),
                o =>
                {
                    o.BaseAddress = new Uri("http://127.0.0.1:9/api/");
                    o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                    o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(5);
                })
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<HatchClient>(), provider);
    }
}
