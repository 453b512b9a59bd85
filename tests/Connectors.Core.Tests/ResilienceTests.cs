using System.Net;
using Connectors.Core.Resilience;
using Connectors.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace Connectors.Core.Tests;

public class ResilienceTests
{
    [Fact]
    public async Task A_failing_GET_is_retried_until_it_succeeds()
    {
        var stub = new StubHandler((_, call) => call < 3 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : StubHandler.Json("""{"id":1,"name":"a"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        Item item = await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.Equal("a", item.Name);
        Assert.Equal(3, stub.Calls);
    }

    [Fact]
    public async Task A_POST_that_failed_with_500_is_sent_exactly_once()
    {
        var stub = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.Connection.SendAsync(ApiRequest.Post("items").WithJson(new Item(1, "a"), TestJsonContext.Default.Item)));

        Assert.Equal(1, stub.Calls);
        Assert.Equal(500, error.Status);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_POST_marked_idempotent_is_retried()
    {
        var stub = new StubHandler((_, call) => call == 1 ? new HttpResponseMessage(HttpStatusCode.BadGateway) : StubHandler.Json("""{"id":2,"name":"b"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        Item item = await client.Connection.SendAsync(ApiRequest.Post("items").WithJson(new Item(2, "b"), TestJsonContext.Default.Item).MarkIdempotent(), TestJsonContext.Default.Item);

        Assert.Equal(2, item.Id);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task A_POST_refused_with_429_is_retried_because_it_was_not_processed()
    {
        var stub = new StubHandler((_, call) =>
        {
            if (call > 1)
            {
                return StubHandler.Json("""{"id":3,"name":"c"}""");
            }

            var limited = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            limited.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
            return limited;
        });
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        Item item = await client.Connection.SendAsync(ApiRequest.Post("items").WithJson(new Item(3, "c"), TestJsonContext.Default.Item), TestJsonContext.Default.Item);

        Assert.Equal(3, item.Id);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task Exhausted_retries_surface_as_a_typed_transient_error()
    {
        var stub = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var (client, services) = TestClient.Create(stub, r => r.MaxRetryAttempts = 2);
        using var _ = services;

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item));

        Assert.Equal(3, stub.Calls);
        Assert.Equal(503, error.Status);
        Assert.True(error.IsTransient);
        Assert.Equal("Test", error.System);
    }

    [Fact]
    public void Retry_After_in_seconds_is_honoured_with_padding()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        var options = new ConnectorResilienceOptions { RetryAfterPadding = TimeSpan.FromMilliseconds(50) };

        var delay = ConnectorResiliencePipeline.ServerDelay(Outcome.FromResult(response), options, null);

        Assert.Equal(TimeSpan.FromMilliseconds(7050), delay);
    }

    [Fact]
    public void A_server_delay_longer_than_the_maximum_is_clamped()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1));
        var options = new ConnectorResilienceOptions { MaxRetryAfter = TimeSpan.FromSeconds(10) };

        Assert.Equal(TimeSpan.FromSeconds(10), ConnectorResiliencePipeline.ServerDelay(Outcome.FromResult(response), options, null));
    }

    [Fact]
    public void A_vendor_reset_header_sets_the_delay_of_a_429()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("X-Reset-Ms", "1500");
        var options = new ConnectorResilienceOptions { RetryAfterPadding = TimeSpan.Zero };

        var delay = ConnectorResiliencePipeline.ServerDelay(Outcome.FromResult(response), options, new HeaderReader());

        Assert.Equal(TimeSpan.FromMilliseconds(1500), delay);
    }

    [Fact]
    public void Without_a_server_hint_the_backoff_decides()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(ConnectorResiliencePipeline.ServerDelay(Outcome.FromResult(response), new ConnectorResilienceOptions(), new HeaderReader()));
    }

    [Fact]
    public async Task A_dropped_connection_on_GET_is_retried_and_then_reported_as_transport_error()
    {
        var stub = new StubHandler((_, _) => throw new HttpRequestException("connection reset"));
        var (client, services) = TestClient.Create(stub, r => r.MaxRetryAttempts = 1);
        using var _ = services;

        var error = await Assert.ThrowsAsync<ConnectorTransportException>(() => client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item));

        Assert.Equal(2, stub.Calls);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_refuses_without_sending()
    {
        var stub = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var (client, services) = TestClient.Create(stub, r =>
        {
            r.MaxRetryAttempts = 0;
            r.CircuitBreakerMinimumThroughput = 2;
            r.CircuitBreakerFailureRatio = 0.5;
        });
        using var _ = services;

        for (var i = 0; i < 2; i++)
        {
            var failed = await Assert.ThrowsAsync<ConnectorException>(() => client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item));
            Assert.Equal(503, failed.Status);
        }

        // A client resolved afterwards shares the pipeline, so the open circuit refuses its call too.
        var other = services.GetRequiredService<TestClient>();
        var refused = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => other.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item));

        Assert.Contains("circuit", refused.Message, StringComparison.Ordinal);
        Assert.True(refused.IsTransient);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task A_server_delay_is_waited_on_the_TimeProvider_of_the_services()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler((_, call) =>
        {
            if (call > 1)
            {
                return StubHandler.Json("""{"id":4,"name":"d"}""");
            }

            var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            unavailable.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30));
            return unavailable;
        });
        var (client, services) = TestClient.Create(stub, r => r.TotalTimeout = TimeSpan.FromHours(1), configureServices: s => s.AddSingleton<TimeProvider>(time));
        using var _ = services;

        var call = client.Connection.SendAsync(ApiRequest.Get("items/4"), TestJsonContext.Default.Item);
        for (var i = 0; i < 100 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(31)); // on the system clock the 30 s wait would outlast this loop
            await Task.WhenAny(call, Task.Delay(50));
        }

        Assert.True(call.IsCompleted, "the retry did not run on the fake clock");
        Assert.Equal(4, (await call).Value.Id);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task The_total_timeout_ends_retries_that_outlast_it_as_a_typed_timeout_on_the_services_clock()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler((_, _) =>
        {
            var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            unavailable.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(40));
            return unavailable;
        });
        var (client, services) = TestClient.Create(
            stub,
            r =>
            {
                r.TotalTimeout = TimeSpan.FromSeconds(60);
                r.MaxRetryAfter = TimeSpan.FromSeconds(50);
                r.CircuitBreakerEnabled = false;
            },
            configureServices: s => s.AddSingleton<TimeProvider>(time));
        using var _ = services;

        var call = client.Connection.SendAsync(ApiRequest.Get("items/4"), TestJsonContext.Default.Item);
        for (var i = 0; i < 100 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(call, Task.Delay(20));
        }

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => call);
        Assert.Equal("GET items/4 timed out after 60 s.", error.Message);
        Assert.True(error.IsTransient);
        Assert.Equal(2, stub.Calls); // the first retry waited 40 s; the second wait was cut at 60 s
    }

    [Fact]
    public async Task A_caller_cancelling_gets_a_cancellation_not_a_timeout()
    {
        var stub = new StubHandler((_, _) =>
        {
            var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            unavailable.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(40));
            return unavailable;
        });
        var (client, services) = TestClient.Create(stub, r => r.MaxRetryAfter = TimeSpan.FromSeconds(50));
        using var _ = services;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Connection.SendAsync(ApiRequest.Get("items/4"), TestJsonContext.Default.Item, cancel.Token));

        Assert.Equal(1, stub.Calls);
    }

    [Fact]
    public async Task Pollys_own_logs_are_written_when_a_logging_provider_takes_them()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":5,"name":"e"}"""));
        var (client, services) = TestClient.Create(stub, configureServices: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug)).AddFakeLogging());
        using var _ = services;

        await client.Connection.SendAsync(ApiRequest.Get("items/5"), TestJsonContext.Default.Item);

        var polly = services.GetFakeLogCollector().GetSnapshot().Where(r => r.Category == "Polly").Select(r => r.Message).ToList();
        Assert.Contains(polly, m => m.StartsWith("Execution attempt.", StringComparison.Ordinal));
        Assert.Contains(polly, m => m.StartsWith("Resilience pipeline executed.", StringComparison.Ordinal));
    }

    private sealed class HeaderReader : IRateLimitReader
    {
        public RateLimitSnapshot? Read(HttpResponseMessage response)
            => response.Headers.TryGetValues("X-Reset-Ms", out var values)
                ? new RateLimitSnapshot(0, 10, TimeSpan.FromMilliseconds(int.Parse(values.First(), System.Globalization.CultureInfo.InvariantCulture)))
                : null;
    }
}
