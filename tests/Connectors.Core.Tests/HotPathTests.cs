using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Connectors.Core.Resilience;
using Connectors.Core.Tests.Support;

namespace Connectors.Core.Tests;

/// <summary>The lean per-request path (issue 21 item 3) keeps what callers see: headers, request ids, quota metrics, bodies.</summary>
public class HotPathTests
{
    [Fact]
    public async Task Headers_read_lazily_are_the_full_case_insensitive_set()
    {
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"id":1,"name":"a"}""");
            response.Headers.TryAddWithoutValidation("X-Multi", ["one", "two"]);
            response.Headers.TryAddWithoutValidation("X-Request-ID", "req-7");
            return response;
        });
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var raw = (await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item)).GetRawResponse();

        Assert.Equal("req-7", raw.RequestId);
        Assert.Equal("one,two", raw.Headers["x-multi"]);
        Assert.StartsWith("application/json", raw.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.True(raw.Headers.ContainsKey("X-REQUEST-ID"));
        Assert.Equal(raw.Headers.Count, raw.Headers.Keys.Count());
        Assert.Contains(raw.Headers, h => h.Key == "X-Multi");
    }

    [Fact]
    public async Task The_raw_escape_hatch_returns_the_body_bytes()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":1,"name":"é"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var raw = await client.Connection.SendAsync(ApiRequest.Get("items/1"));

        Assert.Equal("""{"id":1,"name":"é"}""", Encoding.UTF8.GetString(raw.Content.Span));
    }

    [Fact]
    public async Task Quota_headers_are_parsed_once_per_attempt_and_still_reach_the_metric()
    {
        var reader = new CountingReader();
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"id":1,"name":"a"}""");
            response.Headers.TryAddWithoutValidation("X-Left", "41");
            return response;
        });
        var (client, services) = TestClient.Create(stub, reader: reader);
        using var _ = services;
        var recorded = new List<long>();
        using var listener = Listen<long>("connectors.client.rate_limit.remaining", (_, value, _, _) =>
        {
            lock (recorded)
            {
                recorded.Add(value);
            }
        });

        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.Equal(1, reader.Calls); // pacing parsed it; telemetry reused the snapshot
        lock (recorded)
        {
            Assert.Contains(41L, recorded);
        }
    }

    [Fact]
    public async Task Without_pacing_telemetry_reads_the_quota_itself_when_the_metric_is_listened()
    {
        var reader = new CountingReader();
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"id":1,"name":"a"}""");
            response.Headers.TryAddWithoutValidation("X-Left", "5");
            return response;
        });
        var (client, services) = TestClient.Create(stub, r => r.PacingEnabled = false, reader);
        using var _ = services;
        var recorded = new List<long>();
        using var listener = Listen<long>("connectors.client.rate_limit.remaining", (_, value, _, _) =>
        {
            lock (recorded)
            {
                recorded.Add(value);
            }
        });

        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.Equal(1, reader.Calls);
        lock (recorded)
        {
            Assert.Contains(5L, recorded);
        }
    }

    [Fact]
    public async Task The_duration_histogram_records_each_call_when_it_is_listened()
    {
        // the clock is read only for a listener (or a log line); listened, the duration is the call's own
        var stub = new StubHandler((_, _) =>
        {
            Thread.Sleep(50); // the server takes 50 ms, and answers with a status no other test uses (tests share the meter)
            return StubHandler.Json("""{"id":1,"name":"a"}""", System.Net.HttpStatusCode.NonAuthoritativeInformation);
        });
        var (client, services) = TestClient.Create(stub);
        using var _ = services;
        var recorded = new List<double>();
        using var listener = Listen<double>("connectors.client.request.duration", (_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "http.response.status_code", Value: 203 })
                {
                    lock (recorded)
                    {
                        recorded.Add(value);
                    }
                }
            }
        });

        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        lock (recorded)
        {
            var seconds = Assert.Single(recorded);
            Assert.InRange(seconds, 0.045, 30);
        }
    }

    [Fact]
    public async Task Without_pacing_nor_a_metric_listener_the_quota_is_not_read()
    {
        var reader = new CountingReader();
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"id":1,"name":"a"}""");
            response.Headers.TryAddWithoutValidation("X-Left", "5");
            return response;
        });
        var (client, services) = TestClient.Create(stub, r => r.PacingEnabled = false, reader);
        using var _ = services;

        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);

        Assert.Equal(0, reader.Calls); // nobody records the quota metric, and pacing is off: nothing to parse it for
    }

    [Fact]
    public async Task Each_request_gets_its_own_request_id_unless_the_caller_set_one()
    {
        var stub = new StubHandler((_, _) => StubHandler.Json("""{"id":1,"name":"a"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);
        await client.Connection.SendAsync(ApiRequest.Get("items/1"), TestJsonContext.Default.Item);
        await client.Connection.SendAsync(ApiRequest.Get("items/1").WithHeader("X-Request-ID", "mine"), TestJsonContext.Default.Item);

        var ids = stub.Requests.Select(r => r.Headers.GetValues("X-Request-ID").Single()).ToList();
        Assert.Equal(32, ids[0].Length);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal("mine", ids[2]);

        // 16 hex digits of this process, then 16 of a counter (lower case, as a GUID's "N" form)
        Assert.All(ids[..2], id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.Equal(ids[0][..16], ids[1][..16]);
        Assert.True(ulong.Parse(ids[1][16..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)
                    > ulong.Parse(ids[0][16..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Bodies_kept_by_callers_are_never_reused_for_later_parsed_bodies()
    {
        // typed reads parse from pooled arrays; the raw escape hatch hands out an array of its own
        var stub = new StubHandler((request, _) => StubHandler.Json(
            request.RequestUri!.AbsolutePath.EndsWith("/kept", StringComparison.Ordinal) ? """{"id":1,"name":"kept-kept-kept"}""" : """{"id":2,"name":"parsed-parsed"}"""));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var kept = await client.Connection.SendAsync(ApiRequest.Get("items/kept"));
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal("parsed-parsed", (await client.Connection.SendAsync(ApiRequest.Get("items/2"), TestJsonContext.Default.Item)).Value.Name);
        }

        Assert.Equal("""{"id":1,"name":"kept-kept-kept"}""", Encoding.UTF8.GetString(kept.Content.Span));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_of_unknown_length_is_read_whole_past_the_first_buffer(bool raw)
    {
        var name = new string('x', 100_000);
        var json = $$"""{"id":3,"name":"{{name}}"}""";
        var stub = new StubHandler((_, _) => UnknownLength(json));
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        if (raw)
        {
            Assert.Equal(json, (await client.Connection.SendAsync(ApiRequest.Get("items/3"))).ContentAsString());
        }
        else
        {
            Assert.Equal(name, (await client.Connection.SendAsync(ApiRequest.Get("items/3"), TestJsonContext.Default.Item)).Value.Name);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_beyond_the_limit_is_a_serialization_error_whether_or_not_its_length_is_declared(bool declared)
    {
        var json = $$"""{"id":4,"name":"{{new string('y', 5_000)}}"}""";
        var stub = new StubHandler((_, _) => declared ? StubHandler.Json(json) : UnknownLength(json));
        var (client, services) = TestClient.Create(stub, maxResponseBytes: 4_096);
        using var _ = services;

        var error = await Assert.ThrowsAsync<ConnectorSerializationException>(() => client.Connection.SendAsync(ApiRequest.Get("items/4"), TestJsonContext.Default.Item));

        Assert.Contains("4096 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, stub.Calls); // not retried
    }

    [Fact]
    public async Task A_parsed_body_leaves_the_response_with_the_content_headers_it_came_with()
    {
        // the bytes are parsed beside the response, whose own (consumed) content keeps the server's content headers
        var stub = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json("""{"id":6,"name":"f"}""");
            response.Content.Headers.ContentLanguage.Add("fr");
            response.Content.Headers.TryAddWithoutValidation("Content-MD5", "not-checked");
            return response;
        });
        var (client, services) = TestClient.Create(stub);
        using var _ = services;

        var result = await client.Connection.SendAsync(ApiRequest.Get("items/6"), TestJsonContext.Default.Item);

        Assert.Equal("f", result.Value.Name);
        var headers = result.GetRawResponse().Headers;
        Assert.Equal("fr", headers["Content-Language"]);
        Assert.Equal("not-checked", headers["Content-MD5"]);
        Assert.Equal("application/json; charset=utf-8", headers["Content-Type"]);
    }

    private static HttpResponseMessage UnknownLength(string json)
        => new(HttpStatusCode.OK)
        {
            Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)))
            {
                Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") },
            },
        };

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        // a few bytes at a time, as a network stream hands them over
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => base.ReadAsync(buffer[..Math.Min(buffer.Length, 7_000)], cancellationToken);
    }

    private sealed class CountingReader : IRateLimitReader
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public RateLimitSnapshot? Read(HttpResponseMessage response)
        {
            Interlocked.Increment(ref _calls);
            return response.Headers.TryGetValues("X-Left", out var values)
                ? new RateLimitSnapshot(int.Parse(values.First(), System.Globalization.CultureInfo.InvariantCulture), 100, TimeSpan.FromSeconds(10))
                : null;
        }
    }

    // Every test client's instruments are on the meter "Connectors.Test", which tests running in parallel share.
    private static MeterListener Listen<T>(string instrumentName, MeasurementCallback<T> onMeasurement)
        where T : struct
    {
        var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Connectors.Test" && instrument.Name == instrumentName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback(onMeasurement);
        listener.Start();
        return listener;
    }
}
