namespace Connectors.Core;

/// <summary>
/// The request message <see cref="ApiRequest"/> builds. What the client's handler needs to know about the call (how to
/// read the body, the correlation id, idempotency) and what it hands back (the parsed body) travel as fields here,
/// not as <see cref="HttpRequestMessage.Options"/> entries: the options are a dictionary created on first use, so
/// reading or setting one costs a dictionary (and its entries) per request. A message built elsewhere (the raw
/// escape hatch, a user's own <c>HttpClient</c>) still works through <see cref="ConnectorRequestOptions"/>.
/// </summary>
internal sealed class ConnectorRequestMessage(HttpMethod method, Uri requestUri) : HttpRequestMessage(method, requestUri)
{
    /// <summary>How <see cref="ConnectorHandler"/> reads the body; set by <see cref="ApiConnection"/>.</summary>
    public ResponseReadMode? ReadMode { get; set; }

    /// <summary>A successful body that is only parsed, read by <see cref="ConnectorHandler"/> (see <see cref="ParsedBody"/>).</summary>
    public ParsedBody? Body { get; set; }

    /// <summary>The flow's correlation id given on the request, if any.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The API makes the request idempotent: it is retried like a GET.</summary>
    public bool Idempotent { get; init; }

    /// <summary>How to read <paramref name="request"/>'s body.</summary>
    public static ResponseReadMode ReadModeOf(HttpRequestMessage request)
        => request is ConnectorRequestMessage { ReadMode: { } mode } ? mode : AttemptBody.Default;

    /// <summary>The correlation id given on <paramref name="request"/> (a field or <see cref="ConnectorRequestOptions.CorrelationId"/>).</summary>
    public static string? CorrelationIdOf(HttpRequestMessage request)
        => request is ConnectorRequestMessage own
            ? own.CorrelationId
            : request.Options.TryGetValue(ConnectorRequestOptions.CorrelationId, out var id) ? id : null;

    /// <summary>Whether <paramref name="request"/> is marked idempotent (a field or <see cref="ConnectorRequestOptions.Idempotent"/>).</summary>
    public static bool IsIdempotent(HttpRequestMessage request)
        => request is ConnectorRequestMessage own
            ? own.Idempotent
            : request.Options.TryGetValue(ConnectorRequestOptions.Idempotent, out var idempotent) && idempotent;
}
