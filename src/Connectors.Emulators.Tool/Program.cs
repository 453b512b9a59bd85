using System.Runtime.InteropServices;

namespace Connectors.Emulators.Tool;

/// <summary>connectors-emulators: the five emulators (or a chosen few) on fixed loopback ports until Ctrl+C.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ToolOptions? options;
        try
        {
            options = ToolOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(ToolOptions.Usage);
            return 2;
        }

        if (options is null)
        {
            Console.WriteLine(ToolOptions.Usage);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true; // stop cleanly instead of the default termination
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        RunningEmulators running;
        try
        {
            running = await RunningEmulators.StartAsync(options, stop.Token);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }

        await using (running)
        {
            var settings = ConnectionSettings.Configuration(running);
            var json = ConnectionSettings.Json(settings);
            if (options.ConfigFile is not null)
            {
                await File.WriteAllTextAsync(options.ConfigFile, json + Environment.NewLine);
            }

            ConsoleReport.Write(Console.Out, ConnectionSettings.Lines(running), json, ConnectionSettings.EnvironmentVariables(settings), options.ConfigFile);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping the emulators…");
            }
        }

        Console.WriteLine("Stopped.");
        return 0;
    }
}
