using System.Net;
using System.Text;
using Connectors.Core;
using Connectors.Emulators.BigCommerce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.BigCommerce.Tests;

/// <summary>
/// A 429 with any one of the documented wait headers (X-Rate-Limit-Time-Reset-Ms, X-Retry-After) is waited out
/// at least that long before the retry, and with both the longer one is honoured (docs/start/migration/4_errors.md).
/// The clock is a fake one: the test moves time, nothing sleeps.
/// </summary>
public sealed class RateLimitWaitTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string, string, int> WaitHeaders() => new()
    {
        { "X-Rate-Limit-Time-Reset-Ms", "1500", 1500 },
        { "X-Retry-After", "2", 2000 },
        { "X-Rate-Limit-Time-Reset-Ms|X-Retry-After", "1000|3", 3000 },
        { "X-Rate-Limit-Time-Reset-Ms|X-Retry-After", "4000|1", 4000 },
    };

    [Theory]
    [MemberData(nameof(WaitHeaders))]
    public async Task A_429_is_retried_only_after_the_longest_wait_it_names(string names, string values, int waitMs)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        var headers = names.Split('|').Zip(values.Split('|')).ToList();
        var network = new ThrottleOnceHandler(headers);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = new Uri("http://localhost/");
            o.StoreHash = "wait";
            o.AccessToken = "t";
            o.Resilience.RetryAfterPadding = TimeSpan.Zero;
            o.Resilience.CircuitBreakerEnabled = false;
        }).ConfigurePrimaryHttpMessageHandler(() => network);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<BigCommerceClient>();

        var call = client.Orders.GetAsync(100);
        await network.FirstAttempt.Task.WaitAsync(TimeSpan.FromSeconds(30));

        time.Advance(TimeSpan.FromMilliseconds(waitMs - 1));
        await Task.Delay(100); // real time for a wrongly early retry to show up; the assertion does not depend on speed
        Assert.Equal(1, network.Attempts);
        Assert.False(call.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(2));
        Order order = await call.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(100, order.Id);
        Assert.Equal(2, network.Attempts);
    }

    [Theory]
    [InlineData(TooManyRequestsHeaders.ResetOnly)]
    [InlineData(TooManyRequestsHeaders.RetryAfterOnly)]
    public async Task The_emulator_s_429_with_one_wait_header_reaches_the_caller_as_that_wait(TooManyRequestsHeaders form)
    {
        using var store = fixture.NewStore(o =>
        {
            o.Resilience.PacingEnabled = false;
            o.Resilience.MaxRetryAttempts = 0;
        });
        store.State.RequestsPerWindow = 1;
        store.State.Window = TimeSpan.FromMinutes(5);
        store.State.TooManyRequestsHeaders = form;
        await store.Client.Orders.GetAsync(100);

        var error = await Assert.ThrowsAsync<ConnectorRateLimitedException>(() => store.Client.Orders.GetAsync(100));
        Assert.Equal(429, error.Status);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_429_with_only_the_reset_header_reads_as_no_request_left_until_the_reset()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("X-Rate-Limit-Time-Reset-Ms", "15000");
        var snapshot = BigCommerceRateLimitReader.Instance.Read(response);
        Assert.NotNull(snapshot);
        Assert.Equal((0, TimeSpan.FromSeconds(15)), (snapshot.Remaining, snapshot.ResetAfter));

        using var ok = new HttpResponseMessage(HttpStatusCode.OK);
        ok.Headers.Add("X-Rate-Limit-Time-Reset-Ms", "15000");
        Assert.Null(BigCommerceRateLimitReader.Instance.Read(ok));
    }

    /// <summary>Answers the first request with a 429 carrying the given headers, then an order.</summary>
    private sealed class ThrottleOnceHandler(IReadOnlyList<(string Name, string Value)> headers) : HttpMessageHandler
    {
        private int _attempts;

        public TaskCompletionSource FirstAttempt { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Attempts => Volatile.Read(ref _attempts);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _attempts) == 1)
            {
                var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request, Content = new StringContent("""{"status":429,"title":"Too many requests"}""", Encoding.UTF8, "application/json") };
                foreach (var (name, value) in headers)
                {
                    throttled.Headers.Add(name, value);
                }

                FirstAttempt.TrySetResult();
                return Task.FromResult(throttled);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent("""{"id":100,"status_id":1}""", Encoding.UTF8, "application/json") });
        }
    }
}
