using System.Net;
using System.Text;

namespace Connectors.Core.Tests.Support;

/// <summary>An in-memory server: answers each request with the function's response and records what it saw.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int _calls;

    public List<HttpRequestMessage> Requests { get; } = [];

    public int Calls => Volatile.Read(ref _calls);

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        lock (Requests)
        {
            Requests.Add(request);
        }

        var response = respond(request, call);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
