namespace Connectors.Core;

/// <summary>
/// The request message <see cref="ApiRequest"/> builds. How <see cref="ConnectorHandler"/> reads the body, and the
/// parsed body it hands back, travel as fields here rather than as <see cref="HttpRequestMessage.Options"/> entries
/// (a dictionary and its entries per request). What users may read or set from their own handlers (correlation id,
/// idempotency) stays in the options (<see cref="ConnectorRequestOptions"/>).
/// </summary>
internal sealed class ConnectorRequestMessage(HttpMethod method, Uri requestUri) : HttpRequestMessage(method, requestUri)
{
    /// <summary>How <see cref="ConnectorHandler"/> reads the body; set by <see cref="ApiConnection"/>.</summary>
    public ResponseReadMode? ReadMode { get; set; }

    /// <summary>A successful body that is only parsed, read by <see cref="ConnectorHandler"/> (see <see cref="ParsedBody"/>).</summary>
    public ParsedBody? Body { get; set; }

    /// <summary>How to read <paramref name="request"/>'s body (the default for a message built elsewhere).</summary>
    public static ResponseReadMode ReadModeOf(HttpRequestMessage request)
        => request is ConnectorRequestMessage { ReadMode: { } mode } ? mode : AttemptBody.Default;
}
