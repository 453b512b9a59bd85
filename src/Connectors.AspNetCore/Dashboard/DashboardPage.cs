using System.Globalization;
using System.Text.Encodings.Web;

namespace Connectors.AspNetCore.Dashboard;

/// <summary>
/// The page shell: the panels the script fills, the antiforgery token for its actions, and links to the two
/// embedded assets. No inline script or style (the Content-Security-Policy allows only the dashboard's own files).
/// </summary>
internal static class DashboardPage
{
    public static string Render(ConnectorsDashboardOptions options, string basePath, string antiforgeryHeader, string antiforgeryToken)
    {
        var e = HtmlEncoder.Default;
        var title = e.Encode(options.Title);
        var root = e.Encode(basePath);
        var refresh = ((int)options.RefreshInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="connectors-dashboard" data-base="{{root}}" data-refresh-ms="{{refresh}}" data-antiforgery-header="{{e.Encode(antiforgeryHeader)}}" data-antiforgery-token="{{e.Encode(antiforgeryToken)}}">
            <title>{{title}} · dashboard</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{{root}}/assets/dashboard.css">
            <script src="{{root}}/assets/dashboard.js" defer></script>
            </head>
            <body>
            <header>
              <h1>{{title}}</h1>
              <div class="tiles">
                <div class="tile"><span class="label">Queue depth</span><span class="value" id="queue-depth">–</span></div>
                <div class="tile"><span class="label">In flight</span><span class="value" id="in-flight">–</span></div>
                <div class="tile"><span class="label">Completed (1 h)</span><span class="value" id="completed">–</span></div>
                <div class="tile"><span class="label">Dead-lettered (1 h)</span><span class="value" id="dead-lettered">–</span></div>
              </div>
              <p class="status" id="updated" aria-live="polite">connecting…</p>
            </header>
            <main>
              <section>
                <h2>Recipes and steps <small>last hour, per minute</small></h2>
                <table id="recipes"><thead><tr><th>Recipe / step</th><th>Completed</th><th>Retried</th><th>Dead-lettered</th><th>In flight</th><th>p50</th><th>p95</th><th>Completed · dead-lettered / min</th><th>p95 / min</th></tr></thead><tbody></tbody></table>
                <p class="empty" id="recipes-empty">No runs yet.</p>
              </section>
              <section>
                <h2>Systems <small>client requests, last hour</small></h2>
                <table id="systems"><thead><tr><th>System</th><th>Requests</th><th>Errors</th><th>Errors by kind</th><th>Rate-limit headroom</th><th>Requests · errors / min</th></tr></thead><tbody></tbody></table>
                <p class="empty" id="systems-empty">No client requests yet.</p>
              </section>
              <section>
                <h2>Recent runs</h2>
                <table id="runs"><thead><tr><th>Started</th><th>Recipe</th><th>Event</th><th>Subject</th><th>Outcome</th><th>Duration</th></tr></thead><tbody></tbody></table>
                <p class="empty" id="runs-empty">No runs yet.</p>
                <div id="run-detail" hidden></div>
              </section>
              <section>
                <h2>Dead letters</h2>
                <form id="dead-letter-search">
                  <label>Recipe <input name="recipe" id="search-recipe"></label>
                  <label>Step <input name="step" id="search-step"></label>
                  <label>Error kind <input name="errorKind" id="search-error-kind" placeholder="exception type"></label>
                  <label>Subject <input name="subject" id="search-subject"></label>
                  <label>From <input name="from" id="search-from" type="datetime-local"></label>
                  <label>To <input name="to" id="search-to" type="datetime-local"></label>
                  <button type="submit" id="search">Search</button>
                </form>
                <p class="status" id="dead-letter-count"></p>
                <div id="replay-confirm" hidden>
                  <span id="replay-question"></span>
                  <button type="button" id="replay-confirm-yes">Replay</button>
                  <button type="button" id="replay-confirm-no">Cancel</button>
                </div>
                <table id="dead-letters"><thead><tr><th>Failed at</th><th>Recipe</th><th>Step</th><th>Event</th><th>Subject</th><th>Error</th><th>Attempts</th><th></th></tr></thead><tbody></tbody></table>
                <button type="button" id="replay-all" hidden>Replay all</button>
                <p class="status" id="replay-result" aria-live="polite"></p>
                <table id="replays" hidden><thead><tr><th>Replayed event</th><th>Recipe</th><th>Latest run</th></tr></thead><tbody></tbody></table>
              </section>
            </main>
            </body>
            </html>
            """;
    }
}
