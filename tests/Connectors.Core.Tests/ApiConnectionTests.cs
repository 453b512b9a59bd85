using System.Net;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Core.Tests;

public class ApiConnectionTests
{
    [Fact]
    public async Task Malformed_json_becomes_a_serialization_error_with_status_and_request()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("{\"id\": 1, \"name\": "));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var error = await Assert.ThrowsAsync<ConnectorSerializationException>(() => client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item));

        Assert.Equal(200, error.Status);
        Assert.Equal("GET items/1", error.Request);
        Assert.Equal(1, stub.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, typeof(ConnectorNotFoundException))]
    [InlineData(HttpStatusCode.Conflict, typeof(ConnectorConflictException))]
    [InlineData(HttpStatusCode.UnprocessableEntity, typeof(ConnectorValidationException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(ConnectorAuthenticationException))]
    public async Task Error_statuses_map_to_their_typed_errors_with_vendor_details(HttpStatusCode status, Type expected)
    {
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"code":"E42","message":"nope"}""", status);
            response.Headers.Add("X-Request-ID", "req-1");
            return response;
        });
        var services = new ServiceCollection();
        services.AddConnectorClient(
                string.Empty,
                new Connectors.Core.DependencyInjection.ConnectorClientRegistration<TestClient, TestOptions>("Test", (_, http, _) => new TestClient(new ApiConnection(http, new ApiConnectionOptions("Test", (_, body) => new ErrorDetails("E42", "nope", [new FieldError("name", "required")]))))),
                o => o.BaseAddress = new Uri("http://127.0.0.1:9/"))
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TestClient>();

        var error = await Assert.ThrowsAnyAsync<ConnectorException>(() => client.Connection.SendAsync(ApiRequest.Put("items/1").WithJson(new Item(1, "x"), TestJsonContext.Default.Item)));

        Assert.IsType(expected, error);
        Assert.Equal((int)status, error.Status);
        Assert.Equal("E42", error.ErrorCode);
        Assert.Equal("nope", error.VendorMessage);
        Assert.Equal("req-1", error.RequestId);
        Assert.Equal("name", Assert.Single(error.FieldErrors).Field);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData("X-Request-ID")]
    [InlineData("x-request-id")]
    [InlineData("X-Request-Id")]
    [InlineData("request-id")]
    [InlineData("X-CORRELATION-ID")]
    public async Task The_services_request_id_is_read_whatever_the_case_of_its_header(string header)
    {
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"id":1,"name":"a"}""");
            response.Headers.TryAddWithoutValidation(header, "req-7");
            return response;
        });
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var response = await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.Equal("req-7", response.GetRawResponse().RequestId);
    }

    [Fact]
    public async Task A_204_is_an_empty_result_only_where_allowed()
    {
        var stub = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var empty = await client.Connection.SendAllowEmptyAsync(ApiRequest.Get("items"), TestJsonContext.Default.ItemList);
        Assert.Null(empty.Value);
        Assert.Equal(204, empty.GetRawResponse().Status);

        await Assert.ThrowsAsync<ConnectorSerializationException>(() => client.Connection.SendAsync(ApiRequest.Get("items"), TestJsonContext.Default.ItemList));
    }

    [Fact]
    public async Task Query_and_correlation_id_are_sent()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":1,"name":"a"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        await client.Connection.SendAsync(ApiRequest.Get("items").WithQuery("status", "a b").WithQuery("page", 2).WithQuery("skip", (string?)null).WithCorrelationId("corr-9"), TestJsonContext.Default.Item);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal("http://127.0.0.1:9/api/items?status=a%20b&page=2", sent.RequestUri!.AbsoluteUri);
        Assert.Equal("corr-9", sent.Headers.GetValues("X-Correlation-ID").Single());
    }

    [Fact]
    public async Task A_hanging_server_is_a_typed_timeout()
    {
        var stub = new HangingHandler();
        var services = new ServiceCollection();
        services.AddConnectorClient(
                string.Empty,
                new Connectors.Core.DependencyInjection.ConnectorClientRegistration<TestClient, TestOptions>("Test", (_, http, _) => new TestClient(new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None)))),
                o =>
                {
                    o.BaseAddress = new Uri("http://127.0.0.1:9/");
                    o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(200);
                    o.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
                    o.Resilience.MaxRetryAttempts = 1;
                    o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                })
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => provider.GetRequiredService<TestClient>().Connection.SendAsync(ApiRequest.Get("slow")));

        Assert.True(error.IsTransient);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public void Invalid_options_fail_at_start_up_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddConnectorClient(
            "eu",
            new Connectors.Core.DependencyInjection.ConnectorClientRegistration<TestClient, TestOptions>("Test", (_, http, _) => new TestClient(new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None)))),
            o => o.Resilience.MaxRetryAttempts = -1);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<TestOptions>>().Get("eu"));

        Assert.Contains(error.Failures, f => f.Contains("Test client 'eu'", StringComparison.Ordinal) && f.Contains("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal));
    }

    [Fact]
    public void Named_instances_are_resolved_through_the_factory()
    {
        var services = new ServiceCollection();
        var registration = new Connectors.Core.DependencyInjection.ConnectorClientRegistration<TestClient, TestOptions>("Test", (_, http, _) => new TestClient(new ApiConnection(http, new ApiConnectionOptions("Test", (_, _) => ErrorDetails.None))));
        services.AddConnectorClient("eu", registration, o => o.BaseAddress = new Uri("http://127.0.0.1:9/eu"));
        services.AddConnectorClient("us", registration, o => o.BaseAddress = new Uri("http://127.0.0.1:9/us"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<Connectors.Core.DependencyInjection.IConnectorClientFactory<TestClient>>();

        Assert.NotNull(factory.CreateClient("eu"));
        Assert.NotNull(factory.CreateClient("us"));
        var missing = Assert.Throws<InvalidOperationException>(() => factory.CreateClient("apac"));
        Assert.Contains("apac", missing.Message, StringComparison.Ordinal);
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
