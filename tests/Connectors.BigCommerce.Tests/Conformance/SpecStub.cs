using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.BigCommerce.Tests.Conformance;

/// <summary>The network for the conformance tests: records each request and answers with a given body.</summary>
internal sealed class SpecStub : HttpMessageHandler
{
    public const string StoreHash = "conformance";

    public List<RecordedRequest> Requests { get; } = [];

    public JsonNode? Body { get; set; }

    public int Status { get; set; } = 200;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri!;
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0]))
            .ToList();
        Requests.Add(new RecordedRequest(request.Method.Method, uri.AbsolutePath[("/stores/" + StoreHash).Length..], query, content is null or "" ? null : JsonNode.Parse(content)));
        var response = new HttpResponseMessage((HttpStatusCode)Status) { RequestMessage = request };
        if (Body is not null)
        {
            response.Content = new StringContent(Body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return response;
    }

    /// <summary>A client wired to <paramref name="stub"/> the way users wire it (DI, handlers), without retries or pacing.</summary>
    public static ServiceProvider Client(SpecStub stub)
    {
        var services = new ServiceCollection();
        services.AddBigCommerce(o =>
        {
            o.BaseAddress = new Uri("http://localhost/");
            o.StoreHash = StoreHash;
            o.AccessToken = "conformance-token";
            o.Resilience.Enabled = false;
            o.Resilience.PacingEnabled = false;
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }
}

internal sealed record RecordedRequest(string Method, string Path, IReadOnlyList<string> QueryNames, JsonNode? Body);
