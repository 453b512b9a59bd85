using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Connectors.Core.Json;

namespace Connectors.Benchmarks.Core;

/// <summary>
/// One ISO 8601 date as Java services write it (<c>2026-11-30T08:00:00.000+0000</c>, Core Case and Workflow Service):
/// <see cref="Iso8601Dates.TryRead"/> from the JSON token's bytes (the common layout read directly) against the general
/// parse it falls back to for any other layout (the characters normalized, then <see cref="DateTimeOffset.TryParse(ReadOnlySpan{char}, IFormatProvider?, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>).
/// </summary>
[MemoryDiagnoser]
public class DateReadBenchmarks
{
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("\"2026-11-30T08:00:00.000+0000\"");
    private static readonly string Text = "2026-11-30T08:00:00.000+0000";

    /// <summary>The general parse of the same text.</summary>
    [Benchmark(Baseline = true)]
    public long GeneralParse() => Iso8601Dates.TryParse(Text.AsSpan(), out var value) ? value.UtcTicks : 0;

    /// <summary>The reader on the JSON token (what the clients' converters call).</summary>
    [Benchmark]
    public long FromTheBytes()
    {
        var reader = new Utf8JsonReader(Json);
        reader.Read();
        return Iso8601Dates.TryRead(ref reader, out var value) ? value.UtcTicks : 0;
    }
}
