using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Connectors.Scenarios.Tests.Cluster;

/// <summary>One Connectors.Scenarios.ClusterHost process: commands on stdin, its lines counted and kept.</summary>
internal sealed class ClusterProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _logs = new();
    private readonly SemaphoreSlim _acks = new(0);
    private int _effects;

    private ClusterProcess(string hostId, Process process)
    {
        HostId = hostId;
        _process = process;
    }

    public string HostId { get; }

    public int Effects => Volatile.Read(ref _effects);

    public IReadOnlyCollection<string> Logs => _logs;

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public static async Task<ClusterProcess> StartAsync(ClusterSetup setup, string hostId, bool poll = false, string? poison = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Connectors.Scenarios.ClusterHost.dll"));
        start.ArgumentList.Add(setup.ConnectionString);
        start.ArgumentList.Add(setup.StoreSchema);
        start.ArgumentList.Add(setup.SinkSchema);
        start.ArgumentList.Add(hostId);
        start.ArgumentList.Add(((int)setup.Lease.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(setup.Subjects.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(poison ?? "-");
        if (poll)
        {
            start.ArgumentList.Add("poll");
        }

        var host = new ClusterProcess(hostId, Process.Start(start)!);
        host._process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        host._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                host._logs.Enqueue("stderr: " + e.Data);
            }
        };
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        await host._ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>Submits events <paramref name="first"/>.. to this host's inbox and waits until they are stored.</summary>
    public async Task SubmitAsync(int first, int count)
    {
        await _process.StandardInput.WriteLineAsync($"submit {first} {count}");
        await _process.StandardInput.FlushAsync();
        if (!await _acks.WaitAsync(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"{HostId} did not acknowledge its submission");
        }
    }

    /// <summary>Replays every dead letter through this host.</summary>
    public async Task ReplayAsync()
    {
        await _process.StandardInput.WriteLineAsync("replay");
        await _process.StandardInput.FlushAsync();
        if (!await _acks.WaitAsync(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException($"{HostId} did not acknowledge the replay");
        }
    }

    /// <summary>Waits until this host printed <paramref name="count"/> effects in all; false when it exited first or the timeout (default 60 s) passed.</summary>
    public async Task<bool> WaitForEffectsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (Effects < count)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(5);
        }

        return true;
    }

    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Freezes (<c>SIGSTOP</c>) or resumes (<c>SIGCONT</c>) the process.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed");
        }
    }

    public async Task QuitAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception ex) when (ex is IOException or TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        switch (line)
        {
            case null:
                return;
            case "ready":
                _ready.TrySetResult();
                return;
            case "effect":
                Interlocked.Increment(ref _effects);
                return;
            case "submitted":
                _acks.Release();
                return;
        }

        if (line.StartsWith("replayed ", StringComparison.Ordinal))
        {
            _acks.Release();
        }
        else if (line != "polled")
        {
            _logs.Enqueue(line);
        }
    }
}
