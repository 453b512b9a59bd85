using System.Text.Json.Serialization.Metadata;

namespace Connectors.Core;

/// <summary>
/// What all five clients share: the protocol-level escape hatch. <c>client.SendAsync(ApiRequest, …)</c> calls any
/// route, modelled or not, through the same auth handler, resilience pipeline (retries, timeouts, circuit breaker),
/// pacing and telemetry as the typed resource services, and maps failures to the same
/// <see cref="ConnectorException"/> family. Use it when the SDK does not model a route, or when a route the SDK
/// marks "assumed" differs on your tenant: no fork needed.
/// </summary>
/// <remarks>
/// Paths are relative to the client's base address (no leading slash); an absolute URI is refused so the
/// client's credentials never go to another host. Retries follow the request: GET, HEAD, PUT, DELETE and
/// OPTIONS are retried, POST and PATCH only when <see cref="ApiRequest.MarkIdempotent"/> was called.
/// </remarks>
public abstract class ConnectorClient
{
    private readonly ApiConnection? _connection;

    /// <summary>Creates the client over the connection its resource services use.</summary>
    /// <param name="connection">The connection (the configured <see cref="HttpClient"/> and the vendor's error parser).</param>
    protected ConnectorClient(ApiConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
    }

    /// <summary>For mocking.</summary>
    protected ConnectorClient()
    {
    }

    /// <summary>Sends any request and reads a JSON body with source-generated metadata.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="request">The request, e.g. <c>ApiRequest.Get("v1/things").WithQuery("a", "b")</c>.</param>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/> (your own <c>JsonSerializerContext</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorException">The service refused the request, could not be reached, or the body did not parse.</exception>
    public virtual Task<Response<T>> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
        => Connection.SendAsync(request, typeInfo, cancellationToken);

    /// <summary>
    /// Sends any request and returns the raw response with its body bytes in <see cref="Response.Content"/>
    /// (read it with <see cref="Response.ContentAsString"/> or <c>JsonNode.Parse(response.Content.Span)</c>).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorException">The service refused the request or could not be reached.</exception>
    public virtual Task<Response> SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
        => Connection.SendAsync(request, cancellationToken);

    /// <summary>Sends any request and returns the body as a stream read as it arrives. Dispose the result.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorException">The service refused the request or could not be reached.</exception>
    public virtual Task<StreamResponse> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken = default)
        => Connection.SendForStreamAsync(request, cancellationToken);

    /// <summary>The connection the resource services and the escape hatch share.</summary>
    protected ApiConnection Connection
        => _connection ?? throw new InvalidOperationException("This client was created for mocking; set up SendAsync on the mock.");
}
