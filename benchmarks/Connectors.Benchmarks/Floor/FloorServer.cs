using System.Globalization;
using System.Text.Json.Nodes;
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
    private static readonly Lazy<JsonNode> ExampleOrder = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Floor", "bigcommerce-order.json")))!);
    private readonly WebApplication _app;

    private FloorServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server root, with a trailing slash.</summary>
    public Uri Address { get; }

    /// <summary>Starts a server answering each path-and-query in <paramref name="bodies"/> with its bytes (JSON, 200), 204 otherwise.</summary>
    public static async Task<FloorServer> StartAsync(IReadOnlyDictionary<string, byte[]> bodies, IReadOnlyDictionary<string, string>? headers = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var map = new Dictionary<string, byte[]>(bodies, StringComparer.Ordinal);
        var extra = headers?.ToArray() ?? [];
        app.Run(async context =>
        {
            foreach (var (name, value) in extra)
            {
                context.Response.Headers[name] = value;
            }

            var key = context.Request.Path.Value + context.Request.QueryString.Value;
            if (!map.TryGetValue(key, out var body))
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
        return new FloorServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

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
}
