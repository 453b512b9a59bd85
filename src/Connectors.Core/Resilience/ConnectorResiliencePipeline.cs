using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Connectors.Core.Resilience;

/// <summary>
/// Builds the default pipeline on Polly v8: total timeout → retry → circuit breaker → attempt timeout.
/// Retries only requests that are safe to resend (GET/HEAD/PUT/DELETE, or marked idempotent), plus any
/// request the server refused with 429 (it was not processed). Server-given delays (<c>Retry-After</c>,
/// or the vendor's reset header on a 429) replace the back-off, padded and clamped.
/// </summary>
public static class ConnectorResiliencePipeline
{
    /// <summary>Adds the strategies to <paramref name="builder"/>.</summary>
    /// <param name="builder">The pipeline builder (from <c>AddResilienceHandler</c>).</param>
    /// <param name="options">The knobs.</param>
    /// <param name="rateLimitReader">The vendor's rate-limit header reader, if it has one.</param>
    /// <param name="onRetry">Called before each retry with the attempt number and delay (telemetry).</param>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        ConnectorResilienceOptions options,
        IRateLimitReader? rateLimitReader = null,
        Action<int, TimeSpan, Outcome<HttpResponseMessage>>? onRetry = null)
        => Configure(builder, options, rateLimitReader, onRetry, attemptTimeout: true, totalTimeout: true);

    /// <summary>
    /// The pipeline of <c>AddConnectorClient</c>: there the client's handler (<c>ConnectorHandler</c>) already puts each
    /// attempt (headers and body) under <see cref="ConnectorResilienceOptions.AttemptTimeout"/> and holds the total
    /// timeout itself (same semantics), so timeout strategies here would only cost a strategy per call.
    /// </summary>
    internal static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        ConnectorResilienceOptions options,
        IRateLimitReader? rateLimitReader,
        Action<int, TimeSpan, Outcome<HttpResponseMessage>>? onRetry,
        bool attemptTimeout,
        bool totalTimeout)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return;
        }

        if (totalTimeout)
        {
            builder.AddTimeout(options.TotalTimeout);
        }

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome, options, rateLimitReader)),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args.AttemptNumber + 1, args.RetryDelay, args.Outcome);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (options.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome)),
            });
        }

        if (attemptTimeout)
        {
            builder.AddTimeout(options.AttemptTimeout);
        }
    }

    /// <summary>Whether an outcome is worth another attempt for this request.</summary>
    /// <param name="outcome">The outcome of the attempt.</param>
    /// <param name="context">The resilience context carrying the request.</param>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return true;
        }

        if (request is null || !ConnectorRequestOptions.IsSafeToRetry(request))
        {
            return false;
        }

        return IsServerFailure(outcome);
    }

    /// <summary>The server-given delay for a failed attempt, or <c>null</c> to use the back-off.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="options">The knobs.</param>
    /// <param name="rateLimitReader">The vendor's reader.</param>
    public static TimeSpan? ServerDelay(Outcome<HttpResponseMessage> outcome, ConnectorResilienceOptions options, IRateLimitReader? rateLimitReader)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (outcome.Result is not { } response)
        {
            return null;
        }

        var delay = RetryAfterHeader.Read(response);
        if (delay is null && response.StatusCode == HttpStatusCode.TooManyRequests && rateLimitReader?.Read(response) is { } snapshot)
        {
            delay = snapshot.ResetAfter;
        }

        if (delay is null)
        {
            return null;
        }

        var padded = delay.Value + options.RetryAfterPadding;
        return padded > options.MaxRetryAfter ? options.MaxRetryAfter : padded;
    }

    private static bool IsServerFailure(Outcome<HttpResponseMessage> outcome)
        => outcome.Exception is HttpRequestException or TimeoutRejectedException
           || (outcome.Result is { } r && (r.StatusCode == HttpStatusCode.RequestTimeout || ((int)r.StatusCode >= 500 && r.StatusCode != HttpStatusCode.NotImplemented)));
}
