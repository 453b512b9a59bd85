namespace Connectors.Core.Webhooks;

/// <summary>
/// One inbound delivery as the host received it: the raw body, byte for byte (signatures are computed over it),
/// and its headers. Built by an inbound endpoint (ASP.NET Core, a function, a queue listener) and handed to an
/// <see cref="IWebhookReceiver"/>.
/// </summary>
public sealed class WebhookDelivery
{
    private readonly Func<string, string?> _header;

    /// <summary>Creates a delivery.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="header">Returns a request header's value by name (case-insensitive), or <see langword="null"/> when absent.</param>
    public WebhookDelivery(ReadOnlyMemory<byte> body, Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Body = body;
        _header = header;
    }

    /// <summary>The raw request body, exactly as received.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>A request header's value, or <see langword="null"/> when absent or empty.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The value.</returns>
    public string? Header(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return _header(name) is { Length: > 0 } value ? value : null;
    }

    /// <summary>A delivery from a body and a header dictionary (tests, queue listeners).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="headers">The headers; names are matched case-insensitively.</param>
    /// <returns>The delivery.</returns>
    public static WebhookDelivery Create(ReadOnlyMemory<byte> body, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
        {
            map[name] = value;
        }

        return new WebhookDelivery(body, name => map.GetValueOrDefault(name));
    }
}
