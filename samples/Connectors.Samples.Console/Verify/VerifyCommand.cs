using System.Globalization;
using System.Text;
using System.Text.Json;
using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Diagnostics;
using Connectors.Samples.Hosting;
using Connectors.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Verify;

/// <summary>
/// <c>verify [--system &lt;name&gt;] [--json &lt;file&gt;] [--record &lt;folder&gt;]</c>: the read-only route check against the
/// configured systems (or the in-process emulators without configuration). Every route of every client's route catalog:
/// a GET on a list or an id found in it, never a write. Exit code 1 when a documented route fails.
/// </summary>
public static class VerifyCommand
{
    /// <summary>The command's name (first argument).</summary>
    public const string Name = "verify";

    /// <summary>Runs the check and writes the table (and the JSON file, and the recordings, when asked).</summary>
    /// <param name="args">The arguments after <c>verify</c>; anything else is configuration (<c>--CoreCase:TenantId=…</c>).</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="configure">Adds configuration sources (tests).</param>
    /// <param name="prepare">Runs against the emulators before the check (tests: break a route).</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>0 when no documented route failed, 1 otherwise, 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, Action<IConfigurationBuilder>? configure = null, Action<EmulatedSystems>? prepare = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        string? system = null, json = null, record = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--system" when i + 1 < args.Length: system = args[++i]; break;
                case "--json" when i + 1 < args.Length: json = args[++i]; break;
                case "--record" when i + 1 < args.Length: record = args[++i]; break;
                default: rest.Add(args[i]); break;
            }
        }

        var targets = VerifyTargets.All.Where(t => system is null || string.Equals(t.Name, system, StringComparison.OrdinalIgnoreCase)).ToList();
        if (targets.Count == 0)
        {
            await output.WriteLineAsync($"Unknown system '{system}'. Known: {string.Join(", ", VerifyTargets.All.Select(t => t.Name))}.").ConfigureAwait(false);
            return 2;
        }

        var results = await CheckAsync(targets, [.. rest], record, configure, prepare, cancellationToken).ConfigureAwait(false);
        await WriteTableAsync(output, results.Results, results.Emulated).ConfigureAwait(false);
        if (json is not null)
        {
            await File.WriteAllTextAsync(json, ToJson(results.Results), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"JSON report: {json}").ConfigureAwait(false);
        }

        if (record is not null)
        {
            await output.WriteLineAsync($"Recordings (redacted): {record}").ConfigureAwait(false);
        }

        return results.Results.Any(r => r.FailsCheck) ? 1 : 0;
    }

    /// <summary>Runs the check without writing anything: for tests.</summary>
    /// <param name="targets">The systems.</param>
    /// <param name="args">Configuration arguments.</param>
    /// <param name="record">A folder for the recordings, or <see langword="null"/>.</param>
    /// <param name="configure">Adds configuration sources.</param>
    /// <param name="prepare">Runs against the emulators before the check.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    public static async Task<(IReadOnlyList<RouteCheckResult> Results, bool Emulated)> CheckAsync(
        IReadOnlyList<VerifyTarget> targets, string[] args, string? record = null, Action<IConfigurationBuilder>? configure = null, Action<EmulatedSystems>? prepare = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        await using var host = await SampleHost.StartAsync(args, configure, cancellationToken, (services, _) =>
        {
            if (record is null)
            {
                return;
            }

            foreach (var target in targets)
            {
                services.AddHttpClient(ConnectorServiceCollectionExtensions.HttpClientName(target.HttpSystem, string.Empty))
                    .AddRecording(target.Name, Path.Combine(record, target.Name + ".jsonl"));
            }
        }).ConfigureAwait(false);

        var services = host.Host.Services;
        IReadOnlyDictionary<string, Dictionary<string, string>> warm = new Dictionary<string, Dictionary<string, string>>();
        if (host.Systems is not null)
        {
            warm = await EmulatorWarmUp.RunAsync(services, host.Systems, cancellationToken).ConfigureAwait(false);
            prepare?.Invoke(host.Systems);
        }

        var results = new List<RouteCheckResult>();
        foreach (var target in targets)
        {
            var seeds = target.Seeds(services).Concat(SeedsFromConfiguration(host.Configuration, target.Name)).Concat(warm.GetValueOrDefault(target.Name) ?? []).Where(s => !string.IsNullOrEmpty(s.Value));
            results.AddRange(await RouteCheck.RunAsync(target.Name, target.Client(services), target.Probes, new RouteProbeIds(seeds), cancellationToken).ConfigureAwait(false));
        }

        return (results, host.Systems is not null);
    }

    private static IEnumerable<KeyValuePair<string, string>> SeedsFromConfiguration(IConfiguration configuration, string system)
        => configuration.GetSection($"Verify:{system}").GetChildren().Where(c => c.Value is not null).Select(c => KeyValuePair.Create(c.Key, c.Value!));

    private static async Task WriteTableAsync(TextWriter output, IReadOnlyList<RouteCheckResult> results, bool emulated)
    {
        await output.WriteLineAsync(emulated
            ? "Route check against in-process emulators (no configuration found). Read-only: GET only, writes not checked."
            : "Route check against the configured systems. Read-only: GET only, writes not checked.").ConfigureAwait(false);
        string[] header = ["System", "Route", "Kind", "Method", "Outcome", "Status", "Request id", "Detail"];
        var rows = results.Select(r => new[]
        {
            r.System, r.Route, r.Documented ? "documented" : "assumed", r.Method, Describe(r.Outcome),
            r.Status?.ToString(CultureInfo.InvariantCulture) ?? "", r.RequestId ?? "", r.Detail ?? "",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        await output.WriteLineAsync(Line(header)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Line(row)).ConfigureAwait(false);
        }

        var failed = results.Count(r => r.FailsCheck);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{results.Count(r => r.Outcome == RouteOutcome.Reached)} reached, {results.Count(r => r.Outcome == RouteOutcome.NotChecked)} writes not checked, {results.Count(r => r.Outcome == RouteOutcome.Skipped)} skipped, {results.Count(r => !r.FailsCheck && r.Outcome is not (RouteOutcome.Reached or RouteOutcome.NotChecked or RouteOutcome.Skipped))} assumed failing, {failed} documented failing.")).ConfigureAwait(false);
    }

    /// <summary>The report's word for an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    public static string Describe(RouteOutcome outcome) => outcome switch
    {
        RouteOutcome.Reached => "reached",
        RouteOutcome.Unauthorized => "401-403",
        RouteOutcome.NotFound => "404",
        RouteOutcome.MethodNotAllowed => "405",
        RouteOutcome.ShapeMismatch => "shape mismatch",
        RouteOutcome.NotChecked => "not checked",
        RouteOutcome.Skipped => "skipped",
        _ => "failed",
    };

    private static string ToJson(IReadOnlyList<RouteCheckResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("ok", !results.Any(r => r.FailsCheck));
            writer.WriteStartArray("routes");
            foreach (var r in results)
            {
                writer.WriteStartObject();
                writer.WriteString("system", r.System);
                writer.WriteString("route", r.Route);
                writer.WriteBoolean("documented", r.Documented);
                writer.WriteString("method", r.Method);
                writer.WriteString("path", r.Path);
                writer.WriteString("outcome", Describe(r.Outcome));
                if (r.Status is { } status)
                {
                    writer.WriteNumber("status", status);
                }
                else
                {
                    writer.WriteNull("status");
                }

                writer.WriteString("requestId", r.RequestId);
                writer.WriteString("detail", r.Detail);
                writer.WriteBoolean("failsCheck", r.FailsCheck);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
