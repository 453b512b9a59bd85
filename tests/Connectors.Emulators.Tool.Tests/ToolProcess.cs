using System.Diagnostics;
using System.Text;

namespace Connectors.Emulators.Tool.Tests;

/// <summary>The tool running as its own process (<c>dotnet connectors-emulators.dll …</c>), its output collected.</summary>
internal sealed class ToolProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ToolProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public int Id => _process.Id;

    public static ToolProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "connectors-emulators.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var tool = new ToolProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        tool._process.OutputDataReceived += (_, e) => tool.Append(e.Data);
        tool._process.ErrorDataReceived += (_, e) => tool.Append(e.Data);
        tool._process.Exited += (_, _) => tool._ready.TrySetException(new InvalidOperationException("The tool exited before it was ready."));
        tool._process.Start();
        tool._process.BeginOutputReadLine();
        tool._process.BeginErrorReadLine();
        return tool;
    }

    /// <summary>Waits for the line the tool prints once every emulator listens.</summary>
    public async Task WaitUntilReadyAsync()
    {
        try
        {
            await _ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The tool did not get ready: {ex.Message}\n{Output}", ex);
        }
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and waits for the process to end.</summary>
    public async Task InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await WaitForExitAsync();
    }

    public async Task WaitForExitAsync()
    {
        try
        {
            // Generous: on a loaded 2-core CI machine stopping five Kestrel hosts has taken over 30 s.
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"The tool did not exit: {ex.Message}\n{Output}", ex);
        }

        _process.WaitForExit(); // drains the redirected output
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line == "Ready. Press Ctrl+C to stop.")
        {
            _ready.TrySetResult();
        }
    }
}
