using Connectors.Samples.Catalog;
using Spectre.Console;

namespace Connectors.Samples.Output;

/// <summary>Runs the catalog while showing progress: a Spectre.Console progress bar on a terminal, plain lines otherwise.</summary>
public static class ReportWriter
{
    /// <summary>Runs the checks and writes the report.</summary>
    /// <param name="context">The running host.</param>
    /// <param name="checks">The checks.</param>
    /// <param name="output">Where plain lines go (when not interactive).</param>
    /// <param name="interactive">Whether stdout is a terminal that can show a live display.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    public static async Task<CatalogReport> RunAsync(CatalogContext context, IReadOnlyList<ICatalogCheck> checks, TextWriter output, bool interactive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!interactive)
        {
            var plain = await CatalogRunner.RunAsync(context, checks, o => output.WriteLine(ReportLines.Line(o)), cancellationToken).ConfigureAwait(false);
            output.WriteLine(ReportLines.Totals(plain));
            return plain;
        }

        CatalogReport? report = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("catalog", maxValue: CatalogRunner.Lines.Count);
                report = await CatalogRunner.RunAsync(
                    context,
                    checks,
                    o =>
                    {
                        task.Description = o.Id;
                        task.Increment(1);
                    },
                    cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

        foreach (var outcome in report!.Outcomes)
        {
            var colour = outcome.Result.Status switch
            {
                CheckStatus.Ok => "green",
                CheckStatus.Failed => "red",
                _ => "yellow",
            };
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(ReportLines.Line(outcome))}[/]");
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(ReportLines.Totals(report))}[/]");
        return report;
    }
}
