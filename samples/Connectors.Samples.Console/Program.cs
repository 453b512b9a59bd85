using Connectors.Samples;
using Spectre.Console;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
return await SampleApp.RunAsync(args, Console.Out, interactive, cancellationToken: stop.Token);
