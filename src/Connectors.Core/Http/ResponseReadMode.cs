namespace Connectors.Core;

/// <summary>
/// How <see cref="ConnectorHandler"/> reads a response body, set by <see cref="ApiConnection"/> on each request as
/// one cached request option (no per-call allocation or boxing).
/// </summary>
/// <param name="BodyLimit">The largest body buffered (the connection's <c>MaxResponseBytes</c>).</param>
/// <param name="Streamed">The caller reads the body as a stream (downloads): it is guarded, not buffered.</param>
/// <param name="Pooled">The body is only parsed, never handed out: it may sit in a pooled array.</param>
internal sealed record ResponseReadMode(long BodyLimit, bool Streamed, bool Pooled)
{
    /// <summary>The request option carrying the mode.</summary>
    public static readonly HttpRequestOptionsKey<ResponseReadMode> Key = new("Connectors.ResponseReadMode");
}
