using System.Net.Http.Headers;
using System.Text;

namespace Connectors.Emulators.Tool.Tests;

/// <summary>
/// The <c>curl</c> commands of docs/emulators-tool.md, read from the page and turned into requests: the page's
/// examples are run against the tool, so they cannot drift from what it serves. Understands the flags the page
/// uses: <c>-s</c>, <c>-X</c>, <c>-H</c>, <c>-d</c> (form fields), <c>-u</c> (HTTP Basic), quoted arguments, <c>$TOKEN</c>
/// (a tenant token) and <c>$TG_TOKEN</c> (a Trading Grid token).
/// </summary>
internal static class DocsCurlCommands
{
    public static string PagePath => Path.Combine(Repository.Root, "docs", "emulators-tool.md");

    public static IReadOnlyList<string> Read()
        => File.ReadAllLines(PagePath).Select(l => l.Trim()).Where(l => l.StartsWith("curl ", StringComparison.Ordinal)).ToList();

    /// <summary>Builds the request of one command.</summary>
    /// <param name="command">The command line.</param>
    /// <param name="token">Replaces <c>$TOKEN</c>.</param>
    /// <param name="rewrite">Rewrites the URL (the page's default ports to the test's).</param>
    /// <param name="tradingGridToken">Replaces <c>$TG_TOKEN</c>.</param>
    public static HttpRequestMessage ToRequest(string command, string? token, Func<string, string> rewrite, string? tradingGridToken = null)
    {
        var args = Split(command
            .Replace("$TG_TOKEN", tradingGridToken ?? "$TG_TOKEN", StringComparison.Ordinal)
            .Replace("$TOKEN", token ?? "$TOKEN", StringComparison.Ordinal));
        string? method = null;
        string? url = null;
        var headers = new List<(string Name, string Value)>();
        var form = new List<string>();
        string? basic = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-s":
                    break;
                case "-X":
                    method = args[++i];
                    break;
                case "-H":
                    var header = args[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d":
                    form.Add(args[++i]);
                    break;
                case "-u":
                    basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(args[++i]));
                    break;
                default:
                    url = args[i].StartsWith("http", StringComparison.Ordinal)
                        ? args[i]
                        : throw new InvalidOperationException($"The docs' curl command uses '{args[i]}', which this test does not understand: {command}");
                    break;
            }
        }

        var request = new HttpRequestMessage(new HttpMethod(method ?? (form.Count > 0 ? "POST" : "GET")), rewrite(url ?? throw new InvalidOperationException($"No URL in: {command}")));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (basic is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        if (form.Count > 0)
        {
            request.Content = new StringContent(string.Join('&', form), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        return request;
    }

    private static List<string> Split(string command)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        var any = false;
        foreach (var c in command)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                any = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (any)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            args.Add(current.ToString());
        }

        return args;
    }
}
