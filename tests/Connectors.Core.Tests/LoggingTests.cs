using Connectors.Core.DependencyInjection;
using Connectors.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Connectors.Core.Tests;

/// <summary>
/// The client's own log line replaces IHttpClientFactory's default logging handlers, which AddConnectorClient removes
/// (AddDefaultLogger on the returned builder brings them back).
/// </summary>
public class LoggingTests
{
    [Fact]
    public async Task Each_call_is_logged_once_by_the_client_with_method_path_status_duration_and_request_ids()
    {
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"id":1,"name":"a"}""");
            response.Headers.TryAddWithoutValidation("Request-Id", "svc-9");
            return response;
        });
        var (client, services) = TestClient.Create(stub, configureServices: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug)).AddFakeLogging());
        using var _ = services;

        await client.Connection.SendAsync(ApiRequest.Get("items/1").WithQuery("secret", "s3"), TestJsonContext.Default.Item);

        var records = services.GetFakeLogCollector().GetSnapshot();
        var sent = stub.Requests.Single().Headers.GetValues("X-Request-ID").Single();
        var line = Assert.Single(records, r => r.Category == "Connectors.Test");
        Assert.Equal(1000, line.Id.Id);
        Assert.Equal(LogLevel.Debug, line.Level);
        Assert.StartsWith($"Test GET /api/items/1 → 200 in ", line.Message, StringComparison.Ordinal);
        Assert.EndsWith($" ms (request id {sent}, service request id svc-9)", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(records, r => r.Category?.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_failed_call_is_logged_with_the_request_id_it_carried()
    {
        var stub = new StubHandler((_, _) => throw new HttpRequestException("refused"));
        var (client, services) = TestClient.Create(stub, configureServices: s => s.AddLogging().AddFakeLogging());
        using var _ = services;

        await Assert.ThrowsAsync<ConnectorTransportException>(() => client.Connection.SendAsync(ApiRequest.Get("items/1").WithHeader("X-Request-ID", "mine"), TestJsonContext.Default.Item));

        var line = Assert.Single(services.GetFakeLogCollector().GetSnapshot(), r => r.Category == "Connectors.Test");
        Assert.Equal(1001, line.Id.Id);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("Test GET /api/items/1 failed after ", line.Message[..35]);
        Assert.EndsWith("ms: HttpRequestException (request id mine)", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_factorys_default_logs_come_back_with_AddDefaultLogger()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":1,"name":"a"}"""));
        var (client, services) = TestClient.Create(
            stub,
            configureServices: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Information)).AddFakeLogging(),
            configureHttp: b => b.AddDefaultLogger());
        using var _ = services;

        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        var name = ConnectorServiceCollectionExtensions.HttpClientName("Test", string.Empty);
        var categories = services.GetFakeLogCollector().GetSnapshot().Select(r => r.Category).ToList();
        Assert.Contains($"System.Net.Http.HttpClient.{name}.LogicalHandler", categories);
        Assert.Contains($"System.Net.Http.HttpClient.{name}.ClientHandler", categories);
    }
}
