using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Connectors.Scenarios.PostgreSql;
using Npgsql;

namespace Connectors.Benchmarks.Scenarios.Cluster;

/// <summary>
/// Host processes (this program run as "cluster-host") sharing one PostgreSQL schema, started, fed, killed and
/// stopped by a benchmark. Probe lines ("started"/"done") from every host arrive on <see cref="Probes"/>.
/// </summary>
internal sealed class BenchCluster(string connection, string schema, int concurrency, TimeSpan stepDelay, bool flush, TimeSpan lease, string? blockFile) : IAsyncDisposable
{
    private readonly List<HostProcess> _hosts = [];
    private readonly PostgresScenarioStore _store = new(connection, new PostgresScenarioStoreOptions { Schema = schema });
    private int _started;
    private NpgsqlConnection? _probe;

    public IReadOnlyList<HostProcess> Hosts => _hosts;

    public Channel<ProbeLine> Probes { get; } = Channel.CreateUnbounded<ProbeLine>();

    public async Task<HostProcess> StartHostAsync()
    {
        var id = "h" + (++_started).ToString(CultureInfo.InvariantCulture);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])[HostDll(), "cluster-host", connection, schema, id, concurrency.ToString(CultureInfo.InvariantCulture),
            ((int)stepDelay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), flush ? "1" : "0",
            ((int)lease.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), blockFile ?? "-"])
        {
            info.ArgumentList.Add(arg);
        }

        var host = new HostProcess(id, Process.Start(info)!, Probes.Writer);
        _hosts.Add(host);
        await host.WaitForAsync("ready", TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>Each host submits its share of events <paramref name="first"/>.. (as if it had received them), then waits until the queue is empty.</summary>
    public async Task RunAsync(long first, int count, int subjects)
    {
        var share = count / _hosts.Count;
        var submitted = new List<Task>();
        for (var i = 0; i < _hosts.Count; i++)
        {
            var size = i == _hosts.Count - 1 ? count - (share * i) : share;
            submitted.Add(_hosts[i].SubmitAsync(first + (share * i), size, subjects));
        }

        await Task.WhenAll(submitted);
        await WaitEmptyAsync();
    }

    /// <summary>
    /// Polls the queue every 5 ms until it is empty (every event completed), with one primary-key probe on one open
    /// connection: a <c>count(*)</c> over the churning queue (and a pooled connection's reset) 200 times a second would
    /// be the harness's own load on the server it measures.
    /// </summary>
    public async Task WaitEmptyAsync()
    {
        if (_probe is null)
        {
            _probe = new NpgsqlConnection(connection);
            await _probe.OpenAsync();
        }

        await using var anyLeft = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {schema}.queue ORDER BY seq LIMIT 1)", _probe);
        while ((bool)(await anyLeft.ExecuteScalarAsync())!)
        {
            await Task.Delay(5);
        }
    }

    public void Kill(HostProcess host)
    {
        host.Kill();
        _hosts.Remove(host);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.QuitAsync();
        }

        _hosts.Clear();
        if (_probe is not null)
        {
            await _probe.DisposeAsync();
        }

        await _store.DisposeAsync();
    }

    /// <summary>This program's dll with its runtimeconfig (BenchmarkDotNet's generated out-of-process runner has none next to it).</summary>
    private static string HostDll()
    {
        var here = typeof(ClusterHostMain).Assembly.Location;
        return File.Exists(Path.ChangeExtension(here, ".runtimeconfig.json"))
            ? here
            : Path.Combine(BenchPostgres.RepoRoot(), "benchmarks", "Connectors.Benchmarks", "bin", "Release", "net10.0", "Connectors.Benchmarks.dll");
    }
}

/// <summary>A "started"/"done" line of a probe event: event number, host, and (for "started") milliseconds since it was submitted.</summary>
internal sealed record ProbeLine(string Kind, long Event, string Host, double WaitedMs);

/// <summary>One host process; its other output lines are kept for <see cref="WaitForAsync"/>, its errors echoed.</summary>
internal sealed class HostProcess
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    public HostProcess(string id, Process process, ChannelWriter<ProbeLine> probes)
    {
        Id = id;
        _process = process;
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                var parts = line.Split(' ');
                if (parts is ["started" or "done", var n, var host, ..])
                {
                    var waited = parts.Length > 3 ? double.Parse(parts[3], CultureInfo.InvariantCulture) : 0;
                    probes.TryWrite(new ProbeLine(parts[0], long.Parse(n, CultureInfo.InvariantCulture), host, waited));
                }
                else
                {
                    _lines.Writer.TryWrite(line);
                }
            }

            _lines.Writer.TryComplete();
        });
        _ = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                await Console.Error.WriteLineAsync($"// host {id}: {line}");
            }
        });
    }

    public string Id { get; }

    public async Task SubmitAsync(long first, int count, int subjects)
    {
        await _process.StandardInput.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"submit {first} {count} {subjects}"));
        await _process.StandardInput.FlushAsync();
        await WaitForAsync("submitted", TimeSpan.FromMinutes(5));
    }

    public async Task WaitForAsync(string expected, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await _lines.Reader.ReadAsync(cancel.Token) is var line && line != expected)
            {
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new InvalidOperationException($"Host {Id} did not print '{expected}' within {timeout} (exited: {_process.HasExited}).", e);
        }
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task QuitAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
