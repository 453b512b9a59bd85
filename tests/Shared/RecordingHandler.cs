using System.Net;
using System.Text;

namespace Connectors.Tests.Shared;

/// <summary>An in-memory server for contract tests: records every request as sent on the wire and answers from a function.</summary>
internal sealed class RecordingHandler(Func<RecordedRequest, HttpResponseMessage> answer) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))).ToList();
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        if (request.Content is not null)
        {
            headers.AddRange(request.Content.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))));
        }

        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        var response = answer(recorded);
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>A request as it went on the wire.</summary>
/// <param name="Method">The method.</param>
/// <param name="Uri">The absolute URI.</param>
/// <param name="Headers">Request and content headers.</param>
/// <param name="Body">The body bytes, or <c>null</c>.</param>
internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public string BodyText => Body is null ? string.Empty : Encoding.UTF8.GetString(Body);

    /// <summary>The query parameters, decoded, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query
        => Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty))
            .ToList();
}
