namespace Connectors.Emulators.Tool;

/// <summary>What the tool prints once every emulator listens: addresses, credentials, configuration, then <c>Ready</c>.</summary>
internal static class ConsoleReport
{
    /// <summary>The last line printed at start-up; scripts and tests wait for it.</summary>
    public const string ReadyLine = "Ready. Press Ctrl+C to stop.";

    public static void Write(TextWriter output, IReadOnlyList<ConnectionSettings.Line> lines, string json, IEnumerable<string> environment, string? configFile)
    {
        output.WriteLine("Connectors emulators on loopback (seeded; state lives in memory until you stop them):");
        output.WriteLine();
        var width = lines.Max(l => l.Title.Length);
        foreach (var line in lines)
        {
            output.WriteLine($"  {line.Title.PadRight(width)}  {line.Address}");
            output.WriteLine($"  {new string(' ', width)}  {line.Credentials}");
        }

        output.WriteLine();
        output.WriteLine("Configuration that points a host (e.g. samples/Connectors.Samples.Console) at them, as appsettings JSON:");
        output.WriteLine(json);
        if (configFile is not null)
        {
            output.WriteLine($"(also written to {Path.GetFullPath(configFile)})");
        }

        output.WriteLine();
        output.WriteLine("or as environment variables:");
        foreach (var variable in environment)
        {
            output.WriteLine($"  export {variable}");
        }

        output.WriteLine();
        output.WriteLine(ReadyLine);
        output.Flush();
    }
}
