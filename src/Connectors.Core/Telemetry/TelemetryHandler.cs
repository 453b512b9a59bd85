using System.Diagnostics;
using Connectors.Core.Resilience;
using Microsoft.Extensions.Logging;

namespace Connectors.Core.Telemetry;

/// <summary>
/// The outermost handler of every client: one span and one duration measurement per logical call (retries
/// included), a request id header, the correlation id header, and a debug log line without secrets (method, path
/// without query, status, duration, the request id sent and the one the service answered with), or an information
/// line when the call failed without a response. It replaces <c>IHttpClientFactory</c>'s default logging handlers,
/// which <c>AddConnectorClient</c> removes.
/// </summary>
public sealed class TelemetryHandler : DelegatingHandler
{
    private readonly ConnectorDiagnostics _diagnostics;
    private readonly ILogger _logger;
    private readonly IRateLimitReader? _rateLimits;

    /// <summary>Creates the handler.</summary>
    /// <param name="diagnostics">The system's instruments.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="rateLimits">Reads rate-limit headroom for the metric, if the vendor reports one.</param>
    public TelemetryHandler(ConnectorDiagnostics diagnostics, ILogger logger, IRateLimitReader? rateLimits = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        _diagnostics = diagnostics;
        _logger = logger;
        _rateLimits = rateLimits;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = Call.Start(_diagnostics, _logger, request);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            call.Completed(request, response, _rateLimits);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            call.Failed(request, ex);
            throw;
        }
        finally
        {
            call.Dispose();
        }
    }

    /// <summary>
    /// The telemetry of one logical call (span, request id and correlation headers, metrics, the log line), shared by
    /// this handler and the client's own handler (<see cref="ConnectorHandler"/>), which runs it without a layer of its own.
    /// Nothing here allocates for telemetry nobody listens to: the span (and its name) only with a listener, the path and
    /// the response's request id only when a span or the debug log will use them, and the clock is read only when the
    /// duration histogram or a log line will use the time.
    /// </summary>
    internal struct Call : IDisposable
    {
        private readonly ConnectorDiagnostics _diagnostics;
        private readonly ILogger _logger;
        private readonly Activity? _activity;
        private readonly string _path;
        private readonly string? _requestId;
        private readonly long _started; // 0: nothing records the duration (no histogram listener, no log line enabled)
        private readonly bool _logs;

        private Call(ConnectorDiagnostics diagnostics, ILogger logger, Activity? activity, string path, string? requestId, bool logs)
        {
            _diagnostics = diagnostics;
            _logger = logger;
            _activity = activity;
            _path = path;
            _requestId = requestId;
            _logs = logs;
            _started = logs || diagnostics.Duration.Enabled || logger.IsEnabled(LogLevel.Information) ? Stopwatch.GetTimestamp() : 0;
        }

        private readonly TimeSpan Elapsed => _started == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_started);

        /// <summary>Starts the call: the span if someone listens, the request id and correlation id headers.</summary>
        public static Call Start(ConnectorDiagnostics diagnostics, ILogger logger, HttpRequestMessage request)
        {
            var activity = diagnostics.ActivitySource.HasListeners()
                ? diagnostics.ActivitySource.StartActivity($"{request.Method.Method} {diagnostics.System}", ActivityKind.Client)
                : null;
            var logs = logger.IsEnabled(LogLevel.Debug);
            var path = activity is not null || logs ? PathOf(request) : string.Empty;
            activity?.SetTag("http.request.method", request.Method.Method);
            activity?.SetTag("url.path", path);
            string? requestId = null;
            if (request.Headers.NonValidated.TryGetValues(RequestIdHeader, out var given))
            {
                requestId = logs ? given.ToString() : null;
            }
            else
            {
                requestId = NewRequestId();
                request.Headers.TryAddWithoutValidation(RequestIdHeader, requestId);
            }

            var correlationId = request.Options.TryGetValue(ConnectorRequestOptions.CorrelationId, out var explicitId) ? explicitId : CorrelationContext.Current;
            if (correlationId is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Correlation-ID", correlationId);
                activity?.SetTag("connectors.correlation_id", correlationId);
            }

            return new Call(diagnostics, logger, activity, path, requestId, logs);
        }

        /// <summary>The call ended with a response (after every retry).</summary>
        public readonly void Completed(HttpRequestMessage request, HttpResponseMessage response, IRateLimitReader? rateLimits)
        {
            var elapsed = Elapsed;
            var status = (int)response.StatusCode;
            _activity?.SetTag("http.response.status_code", status);
            if (status >= 400)
            {
                _activity?.SetStatus(ActivityStatusCode.Error);
            }

            var tags = new TagList { { "http.request.method", request.Method.Method }, { "http.response.status_code", status } };
            _diagnostics.Requests.Add(1, tags);
            if (_started != 0)
            {
                _diagnostics.Duration.Record(elapsed.TotalSeconds, tags);
            }
            if (_diagnostics.RateLimitRemaining.Enabled)
            {
                // pacing has already parsed the quota headers of the last attempt (when it runs)
                var snapshot = request.Options.TryGetValue(PacingHandler.Snapshot, out var paced) ? paced : rateLimits?.Read(response);
                if (snapshot is not null)
                {
                    _diagnostics.RateLimitRemaining.Record(snapshot.Remaining);
                }
            }

            if (_logs)
            {
                Log.RequestCompleted(_logger, _diagnostics.System, request.Method.Method, _path, status, (long)elapsed.TotalMilliseconds, _requestId, ServiceRequestIdOf(response));
            }
        }

        /// <summary>The call failed without a response.</summary>
        public readonly void Failed(HttpRequestMessage request, Exception ex)
        {
            var elapsed = Elapsed;
            _activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            _diagnostics.Requests.Add(1, new TagList { { "http.request.method", request.Method.Method }, { "error.type", ex.GetType().Name } });
            if (_started != 0)
            {
                _diagnostics.Duration.Record(elapsed.TotalSeconds);
            }
            Log.RequestFailed(_logger, _diagnostics.System, request.Method.Method, _activity is not null || _logs ? _path : PathOf(request), (long)elapsed.TotalMilliseconds, ex.GetType().Name, _requestId ?? RequestIdOf(request));
        }

        /// <summary>Ends the span.</summary>
        public readonly void Dispose() => _activity?.Dispose();
    }

    private const string RequestIdHeader = "X-Request-ID";

    // 32 hex digits, as a GUID's "N" form: 64 random bits drawn once per process, then a counter. Unique per call
    // without asking the OS for randomness each time (Guid.NewGuid is a system call, ~1.5 µs on the test machines).
    private static readonly ulong ProcessPrefix = BitConverter.ToUInt64(Guid.NewGuid().ToByteArray(), 0);
    private static long _requests;

    private static string NewRequestId()
        => string.Create(32, (ProcessPrefix, (ulong)Interlocked.Increment(ref _requests)), static (chars, ids) =>
        {
            // big-endian bytes in lower-case hex: what "x16" gives for each half, without its format-string path
            Span<byte> bytes = stackalloc byte[16];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, ids.ProcessPrefix);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], ids.Item2);
            Convert.TryToHexStringLower(bytes, chars, out _);
        });

    private static string PathOf(HttpRequestMessage request)
        => request.RequestUri?.IsAbsoluteUri == true ? request.RequestUri.AbsolutePath : request.RequestUri?.OriginalString.Split('?')[0] ?? string.Empty;

    private static string? RequestIdOf(HttpRequestMessage request)
        => request.Headers.NonValidated.TryGetValues(RequestIdHeader, out var values) ? values.ToString() : null;

    // The id the service gave the call, under the names vendors use for it (only read for the debug log line).
    private static string? ServiceRequestIdOf(HttpResponseMessage response)
    {
        foreach (var name in ServiceRequestIdHeaders)
        {
            if (response.Headers.NonValidated.TryGetValues(name, out var values))
            {
                return values.ToString();
            }
        }

        return null;
    }

    private static readonly string[] ServiceRequestIdHeaders = ["X-Request-ID", "Request-Id", "X-Correlation-ID", "opentext-request-id"];
}
