using System.Globalization;

namespace Connectors.Emulators.Tool;

/// <summary>The command line: which systems, on which ports, and where to write the configuration.</summary>
internal sealed class ToolOptions
{
    public const string Usage = """
        Usage: connectors-emulators [system ...] [options]

        Starts loopback emulators (127.0.0.1 only), seeded, until Ctrl+C.
        Systems: bigcommerce, corecase, exstream, tradinggrid, workflowservice (default: all five).
        The OpenText identity service starts whenever an OpenText system does.

        Options:
          --port-base <n>          first port of the range: identity n, bigcommerce n+1, corecase n+2,
                                   exstream n+3, tradinggrid n+4, workflowservice n+5 (default 5180;
                                   0 picks free ports)
          --port <system>=<n>      the port of one system (also: identity=<n>)
          --write-config <file>    also write the configuration as JSON (an appsettings file) to <file>
          -h, --help               show this help
        """;

    private ToolOptions(IReadOnlyList<EmulatedSystem> systems, IReadOnlyDictionary<EmulatedSystem, int> ports, string? configFile)
    {
        Systems = systems;
        Ports = ports;
        ConfigFile = configFile;
    }

    /// <summary>The systems to start, identity first when any OpenText system is chosen.</summary>
    public IReadOnlyList<EmulatedSystem> Systems { get; }

    /// <summary>The port of every system to start (0: any free port).</summary>
    public IReadOnlyDictionary<EmulatedSystem, int> Ports { get; }

    /// <summary>Where to write the configuration JSON, if anywhere.</summary>
    public string? ConfigFile { get; }

    /// <summary>Parses the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options, or null when help was asked for.</returns>
    /// <exception cref="ArgumentException">An argument is not understood; the message says which.</exception>
    public static ToolOptions? Parse(IReadOnlyList<string> args)
    {
        var chosen = new List<EmulatedSystem>();
        var explicitPorts = new Dictionary<EmulatedSystem, int>();
        var portBase = EmulatedSystem.DefaultPortBase;
        string? configFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    return null;
                case "--port-base":
                    portBase = Port(Value(args, ref i, arg), arg, allowRangeOf: EmulatedSystem.All.Count);
                    break;
                case "--port":
                    var (system, port) = SystemPort(Value(args, ref i, arg));
                    explicitPorts[system] = port;
                    break;
                case "--write-config":
                    configFile = Value(args, ref i, arg);
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new ArgumentException($"Unknown option '{arg}'.");
                    }

                    var named = Find(arg, EmulatedSystem.Choosable);
                    if (!chosen.Contains(named))
                    {
                        chosen.Add(named);
                    }

                    break;
            }
        }

        if (chosen.Count == 0)
        {
            chosen.AddRange(EmulatedSystem.Choosable);
        }

        var systems = EmulatedSystem.All.Where(s => chosen.Contains(s) || (s == EmulatedSystem.Identity && chosen.Any(c => c.IsOpenText))).ToList();
        var ports = systems.ToDictionary(s => s, s => explicitPorts.TryGetValue(s, out var p) ? p : portBase == 0 ? 0 : portBase + s.PortOffset);
        var taken = ports.Where(p => p.Value != 0).GroupBy(p => p.Value).FirstOrDefault(g => g.Count() > 1);
        if (taken is not null)
        {
            throw new ArgumentException($"Port {taken.Key} is given to both {string.Join(" and ", taken.Select(p => p.Key.Name))}.");
        }

        return new ToolOptions(systems, ports, configFile);
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
        => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{option} needs a value.");

    private static (EmulatedSystem System, int Port) SystemPort(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--port takes <system>=<port>, e.g. corecase=7002; got '{value}'.");
        }

        return (Find(value[..equals], EmulatedSystem.All), Port(value[(equals + 1)..], "--port", allowRangeOf: 1));
    }

    private static EmulatedSystem Find(string name, IReadOnlyList<EmulatedSystem> candidates)
        => candidates.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown system '{name}'; expected one of {string.Join(", ", candidates.Select(s => s.Name))}.");

    private static int Port(string text, string option, int allowRangeOf)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port < 0 || port + allowRangeOf - 1 > 65535)
        {
            throw new ArgumentException($"{option}: '{text}' is not a port (0 to 65535{(allowRangeOf > 1 ? $", leaving room for {allowRangeOf} ports" : string.Empty)}).");
        }

        return port;
    }
}
