using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Benchmarks.Floor;

/// <summary>
/// A loopback Kestrel serving precomputed bodies by exact path and query: no routing, no serialization, no
/// emulator logic, so the server costs almost nothing and both sides of a floor benchmark read the same bytes.
/// </summary>
public sealed class FloorServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions AsSent = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Lazy<JsonNode> ExampleOrder = new(() => Example("bigcommerce-order.json"));
    private readonly WebApplication _app;
    private readonly Recorder _recorder;

    private FloorServer(WebApplication app, Uri address, Recorder recorder)
    {
        _app = app;
        Address = address;
        _recorder = recorder;
    }

    /// <summary>The server root, with a trailing slash.</summary>
    public Uri Address { get; }

    /// <summary>The path and query of the last request (set-up reads it so the floor asks for the same URL as the client).</summary>
    public string? LastRequest => _recorder.Last;

    /// <summary>A vendor example copied into <c>Floor/</c> (see SOURCE.md there).</summary>
    public static JsonNode Example(string relativePath)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Floor", relativePath)))!;

    /// <summary>
    /// Starts a server answering each path-and-query in <paramref name="bodies"/> with its bytes (JSON, 200); a request
    /// whose path and query are not there is answered by its path alone, and 204 when that is not there either.
    /// </summary>
    /// <param name="bodies">The bodies by path and query (or path).</param>
    /// <param name="headers">Adds headers to every response (for example a vendor's quota headers), or <c>null</c>.</param>
    public static async Task<FloorServer> StartAsync(IReadOnlyDictionary<string, byte[]> bodies, Action<IHeaderDictionary>? headers = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var map = new Dictionary<string, byte[]>(bodies, StringComparer.Ordinal);
        var recorder = new Recorder();
        app.Run(async context =>
        {
            headers?.Invoke(context.Response.Headers);
            var key = context.Request.Path.Value + context.Request.QueryString.Value;
            recorder.Last = key;
            if (!map.TryGetValue(key, out var body) && !map.TryGetValue(context.Request.Path.Value!, out body))
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FloorServer(app, new Uri(address.TrimEnd('/') + "/"), recorder);
    }

    /// <summary>The floor's read: headers first, then the body streamed into the plain type.</summary>
    public static async Task<T> ReadAsync<T>(HttpClient raw, string pathAndQuery, JsonTypeInfo<T> type)
    {
        using var response = await raw.GetAsync(pathAndQuery, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, type))!;
    }

    /// <summary>
    /// A body as the vendor sends it: UTF-8 JSON with only the escapes JSON requires. (<see cref="JsonNode.ToJsonString"/>'s
    /// default encoder escapes <c>+</c>, <c>&amp;</c>, <c>'</c>, <c>&lt;</c> and <c>&gt;</c> as <c>\u00XX</c>, which no vendor
    /// example does and which sends readers down their slower escaped-string paths.)
    /// </summary>
    public static byte[] Bytes(JsonNode node)
        => Encoding.UTF8.GetBytes(node.ToJsonString(AsSent));

    /// <summary>The spec's example order (bigcommerce-order.json) with id and links renumbered.</summary>
    public static JsonObject BigCommerceOrder(int id)
    {
        var order = ExampleOrder.Value.DeepClone().AsObject();
        order["id"] = id;
        foreach (var link in new[] { "products", "shipping_addresses", "coupons" })
        {
            var o = order[link]!.AsObject();
            o["url"] = o["url"]!.GetValue<string>().Replace("/218/", "/" + id.ToString(CultureInfo.InvariantCulture) + "/", StringComparison.Ordinal);
            o["resource"] = o["resource"]!.GetValue<string>().Replace("/218/", "/" + id.ToString(CultureInfo.InvariantCulture) + "/", StringComparison.Ordinal);
        }

        return order;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Recorder
    {
        public string? Last { get; set; }
    }
}
