using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Connectors.Samples.Web.Runs;
using Connectors.Scenarios.Storage;

namespace Connectors.Samples.Web.Status;

/// <summary>What the status page shows.</summary>
/// <param name="Mode">Where the clients point (emulators or configured systems).</param>
/// <param name="Notice">A one-line message after an action, or <see langword="null"/>.</param>
/// <param name="Counts">Per-scenario counts.</param>
/// <param name="DeadLetters">The dead letters, oldest first.</param>
/// <param name="Runs">The recent runs, newest first.</param>
/// <param name="AntiforgeryField">The name of the antiforgery form field.</param>
/// <param name="AntiforgeryToken">Its value.</param>
public sealed record StatusModel(
    string Mode,
    string? Notice,
    IReadOnlyList<RecipeCounts> Counts,
    IReadOnlyList<DeadLetter> DeadLetters,
    IReadOnlyList<RecordedRun> Runs,
    string AntiforgeryField,
    string AntiforgeryToken);

/// <summary>Renders the status page: server-side HTML, every value encoded, a form per replay button.</summary>
public static class StatusPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>Renders the page.</summary>
    /// <param name="model">What to show.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(StatusModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Connectors status</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
            table { border-collapse: collapse; margin-bottom: 2rem; }
            th, td { border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; font-size: .9rem; }
            th { background: #f3f3f3; }
            #runs .dead-lettered { color: #b00020; }
            .notice { background: #eef6ee; border: 1px solid #9c9; padding: .5rem; }
            </style>
            </head>
            <body>
            <h1>Connectors status</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"mode\">{E(model.Mode)} · <a href=\"/health\">health</a></p>");
        if (model.Notice is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" id=\"notice\">{E(model.Notice)}</p>");
        }

        AppendCounts(html, model.Counts);
        AppendDeadLetters(html, model);
        AppendRuns(html, model.Runs);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCounts(StringBuilder html, IReadOnlyList<RecipeCounts> counts)
    {
        html.Append("<h2>Recipes</h2>\n");
        if (counts.Count == 0)
        {
            html.Append("<p>No events processed yet.</p>\n");
            return;
        }

        html.Append("<table id=\"counts\"><tr><th>Recipe</th><th>Completed</th><th>Dead-lettered</th><th>Retried</th></tr>\n");
        foreach (var c in counts)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-scenario=\"{E(c.Scenario)}\"><td>{E(c.Scenario)}</td><td class=\"completed\">{c.Completed}</td><td class=\"dead-lettered\">{c.DeadLettered}</td><td class=\"retried\">{c.Retried}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendDeadLetters(StringBuilder html, StatusModel model)
    {
        html.Append("<h2>Dead letters</h2>\n");
        if (model.DeadLetters.Count == 0)
        {
            html.Append("<p id=\"no-dead-letters\">None.</p>\n");
            return;
        }

        html.Append("<table id=\"dead-letters\"><tr><th>Failed at</th><th>Recipe</th><th>Step</th><th>Event</th><th>Error</th><th>Attempts</th><th></th></tr>\n");
        foreach (var d in model.DeadLetters)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-dead-letter-id=\"{E(d.Id)}\" data-message-id=\"{E(d.Envelope.Id)}\"><td>{Time(d.FailedAt)}</td><td>{E(d.Scenario)}</td><td>{E(d.Step)}</td>"
                + $"<td>{E(d.Envelope.Type)}<br><small>{E(d.Envelope.Id)}</small></td><td>{E(d.ErrorType)}: {E(d.ErrorMessage)}</td><td>{d.Attempts}</td>"
                + $"<td><form method=\"post\" action=\"/dead-letters/{Uri.EscapeDataString(d.Id)}/replay\">"
                + $"<input type=\"hidden\" name=\"{E(model.AntiforgeryField)}\" value=\"{E(model.AntiforgeryToken)}\"><button type=\"submit\">Replay</button></form></td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendRuns(StringBuilder html, IReadOnlyList<RecordedRun> runs)
    {
        html.Append("<h2>Recent runs</h2>\n");
        if (runs.Count == 0)
        {
            html.Append("<p>No runs yet.</p>\n");
            return;
        }

        html.Append("<table id=\"runs\"><tr><th>Started</th><th>Recipe</th><th>Event</th><th>Subject</th><th>Correlation id</th><th>Duration</th><th>Outcome</th></tr>\n");
        foreach (var r in runs)
        {
            var outcome = r.Outcome == RunOutcome.Completed ? "completed" : "dead-lettered";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-scenario=\"{E(r.Scenario)}\" data-message-id=\"{E(r.MessageId)}\" data-outcome=\"{outcome}\"><td>{Time(r.StartedAt)}</td><td>{E(r.Scenario)}</td>"
                + $"<td>{E(r.EventType)}<br><small>{E(r.MessageId)}</small></td><td>{E(r.Subject)}</td><td>{E(r.CorrelationId)}</td>"
                + $"<td>{r.Duration.TotalMilliseconds:0} ms</td><td class=\"{outcome}\">{outcome}{(r.Error is null ? "" : ": " + E(r.Error))}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string? value) => value is null ? "" : Html.Encode(value);

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
