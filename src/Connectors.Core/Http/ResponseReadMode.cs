namespace Connectors.Core;

/// <summary>
/// How <see cref="ConnectorHandler"/> reads a response body, set by <see cref="ApiConnection"/> on each request
/// (<see cref="ConnectorRequestMessage.ReadMode"/>; one cached instance per mode, no per-call allocation).
/// </summary>
/// <param name="BodyLimit">The largest body buffered (the connection's <c>MaxResponseBytes</c>).</param>
/// <param name="Streamed">The caller reads the body as a stream (downloads): it is guarded, not buffered.</param>
/// <param name="Pooled">The body is only parsed, never handed out: it may sit in a pooled array.</param>
internal sealed record ResponseReadMode(long BodyLimit, bool Streamed, bool Pooled);
