namespace Connectors.AspNetCore.Dashboard;

/// <summary>
/// Counts and durations of one recipe or one step in one-minute buckets over the last hour (a ring of 60), and
/// what is in flight now. Not thread-safe: the recorder calls it under its lock.
/// </summary>
internal sealed class MinuteSeries
{
    public const int Minutes = 60;

    // Enough to read a p95 from; a busier minute keeps its latest 512 durations (the counts stay exact).
    private const int MaxSamplesPerMinute = 512;

    private readonly Bucket[] _buckets = new Bucket[Minutes];

    public int InFlight { get; set; }

    public void Add(DateTimeOffset at, Kind kind, double? durationMs = null, int retries = 0)
    {
        var bucket = BucketAt(at);
        switch (kind)
        {
            case Kind.Completed:
                bucket.Completed++;
                break;
            case Kind.DeadLettered:
                bucket.DeadLettered++;
                break;
            case Kind.Other:
                break;
        }

        bucket.Retried += retries;
        if (durationMs is { } ms)
        {
            bucket.Seen++;
            if (bucket.Durations.Count < MaxSamplesPerMinute)
            {
                bucket.Durations.Add(ms);
            }
            else
            {
                bucket.Durations[(int)(bucket.Seen % MaxSamplesPerMinute)] = ms;
            }
        }
    }

    /// <summary>The last hour, oldest minute first, ending with the minute of <paramref name="now"/>.</summary>
    public SeriesView View(DateTimeOffset now)
    {
        var current = MinuteOf(now);
        var completed = new int[Minutes];
        var retried = new int[Minutes];
        var deadLettered = new int[Minutes];
        var p95 = new double?[Minutes];
        var all = new List<double>();
        for (var i = 0; i < Minutes; i++)
        {
            var minute = current - (Minutes - 1) + i;
            var bucket = _buckets[Slot(minute)];
            if (bucket is null || bucket.Minute != minute)
            {
                continue;
            }

            completed[i] = bucket.Completed;
            retried[i] = bucket.Retried;
            deadLettered[i] = bucket.DeadLettered;
            if (bucket.Durations.Count > 0)
            {
                var sorted = bucket.Durations.Order().ToArray();
                p95[i] = Percentile(sorted, 0.95);
                all.AddRange(sorted);
            }
        }

        var everything = all.Order().ToArray();
        return new SeriesView(
            completed.Sum(),
            retried.Sum(),
            deadLettered.Sum(),
            InFlight,
            everything.Length == 0 ? null : Percentile(everything, 0.50),
            everything.Length == 0 ? null : Percentile(everything, 0.95),
            completed,
            retried,
            deadLettered,
            p95);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static long MinuteOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;

    private static int Slot(long minute) => (int)(minute % Minutes);

    private Bucket BucketAt(DateTimeOffset at)
    {
        var minute = MinuteOf(at);
        var slot = Slot(minute);
        var bucket = _buckets[slot];
        if (bucket is null || bucket.Minute != minute)
        {
            bucket = new Bucket { Minute = minute };
            _buckets[slot] = bucket;
        }

        return bucket;
    }

    public enum Kind
    {
        Completed,
        DeadLettered,
        Other,
    }

    private sealed class Bucket
    {
        public long Minute { get; init; }

        public int Completed { get; set; }

        public int Retried { get; set; }

        public int DeadLettered { get; set; }

        public long Seen { get; set; }

        public List<double> Durations { get; } = [];
    }
}

/// <summary>The last hour of one recipe or step: totals, in flight, p50/p95 in milliseconds and per-minute series.</summary>
internal sealed record SeriesView(
    int Completed,
    int Retried,
    int DeadLettered,
    int InFlight,
    double? P50Ms,
    double? P95Ms,
    int[] CompletedPerMinute,
    int[] RetriedPerMinute,
    int[] DeadLetteredPerMinute,
    double?[] P95MsPerMinute);
