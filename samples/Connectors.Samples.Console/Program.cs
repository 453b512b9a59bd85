using Connectors.Samples;
using Spectre.Console;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

if (args.Length > 0 && args[0] == Connectors.Samples.Verify.VerifyCommand.Name)
{
    return await Connectors.Samples.Verify.VerifyCommand.RunAsync(args[1..], Console.Out, cancellationToken: stop.Token);
}

var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
return await SampleApp.RunAsync(args, Console.Out, interactive, cancellationToken: stop.Token);
