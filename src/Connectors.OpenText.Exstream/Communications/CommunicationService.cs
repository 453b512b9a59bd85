using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// On-demand communications through Exstream Orchestration, as OpenText publishes them (the <c>ocp-communication</c>
/// collection and Java SDK): generate documents (every output, the PDF alone, or an Empower document's id) and fulfil
/// Empower documents. Engine failures throw <see cref="ExstreamEngineException"/>. Batch jobs are in <see cref="JobService"/> (assumed routes).
/// </summary>
public class CommunicationService
{
    private const string AnyMediaType = "*/*";
    private const string Pdf = "application/pdf";
    private const string Json = "application/json";
    private const int MaxUnexpectedBodyBytes = 64 * 1024;

    private readonly ApiConnection _api;
    private readonly string _domain;

    internal CommunicationService(ApiConnection api, string domain)
    {
        _api = api;
        _domain = domain;
    }

    /// <summary>For mocking.</summary>
    protected CommunicationService()
    {
        _api = null!;
        _domain = null!;
    }

    /// <summary>
    /// Generates a communication on demand and returns every output with its bytes decoded (the collection's "Full
    /// response": no media type asked for, sent as <c>Accept: */*</c>). With <see cref="OnDemandRequest.EmpowerUser"/>
    /// an Empower output carries the imported document's id in <see cref="GeneratedDocument.EmpowerDocumentId"/>.
    /// Retried on transient failures only without an Empower user (nothing is created then).
    /// </summary>
    /// <param name="request">The communication, its driver data source and the driver data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExstreamEngineException">The engine failed (its <c>errorMessage</c>, <c>statusCode</c> and output context).</exception>
    public virtual Task<Response<IReadOnlyList<GeneratedDocument>>> GenerateAsync(OnDemandRequest request, CancellationToken cancellationToken = default)
        => DocumentsAsync(OnDemand(request).WithHeader("Accept", AnyMediaType), cancellationToken);

    /// <summary>Generates a communication on demand and streams its PDF (<c>Accept: application/pdf</c>, the collection's "PDF only").</summary>
    /// <param name="request">The communication, its driver data source and the driver data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExstreamEngineException">The engine failed.</exception>
    public virtual Task<OutputDownload> GeneratePdfAsync(OnDemandRequest request, CancellationToken cancellationToken = default)
        => DownloadAsync(OnDemand(request).WithHeader("Accept", Pdf), cancellationToken);

    /// <summary>
    /// Generates an Empower (Interactive) document and returns only its id (the collection's "Document ID only":
    /// <c>empowerUser</c> and <c>Accept: application/json</c>, answered with <c>{"documentId": …}</c>). Open the document in
    /// Empower, then fulfil it with <see cref="FulfillAsync"/>. Never retried: each call imports a new document.
    /// </summary>
    /// <param name="request">The communication, its driver data source, the driver data and <see cref="OnDemandRequest.EmpowerUser"/> (required).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExstreamEngineException">The engine failed (status 401 usually means the Empower user may not import documents).</exception>
    public virtual async Task<Response<EmpowerDocument>> GenerateEmpowerDocumentAsync(OnDemandRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.EmpowerUser))
        {
            throw new ArgumentException("EmpowerUser is required to generate an Empower document.", nameof(request));
        }

        var call = OnDemand(request).WithHeader("Accept", Json);
        var response = await SendAsync(call, ExstreamJsonContext.Default.EmpowerDocumentAnswer, cancellationToken).ConfigureAwait(false);
        var answer = response.Value;
        var raw = response.GetRawResponse();
        if (!string.IsNullOrEmpty(answer.DocumentId))
        {
            return new Response<EmpowerDocument>(new EmpowerDocument(answer.DocumentId), raw);
        }

        if (EngineErrors.FromItems(answer.Status, answer.Data) is { } errors)
        {
            throw EngineErrors.Exception(_api.System, errors, raw, Describe(call));
        }

        // A service that ignores the Accept header answers with every output: the Empower one carries the id.
        var fromOutputs = Decode(answer.Data ?? [], raw, call).Select(d => d.EmpowerDocumentId).FirstOrDefault(id => id is not null);
        return fromOutputs is not null
            ? new Response<EmpowerDocument>(new EmpowerDocument(fromOutputs), raw)
            : throw new ConnectorSerializationException(_api.System, $"{Describe(call)}: the answer has no documentId.") { Status = raw.Status, RequestId = raw.RequestId, Request = Describe(call) };
    }

    /// <summary>
    /// Fulfils Empower documents through a fulfilment communication and returns every output (the collection's "Full
    /// response"). Never retried: with <see cref="FulfillmentRequest.PreserveDocuments"/> false the documents are gone afterwards.
    /// </summary>
    /// <param name="request">The fulfilment communication, its driver data source and the document ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExstreamEngineException">The engine failed.</exception>
    public virtual Task<Response<IReadOnlyList<GeneratedDocument>>> FulfillAsync(FulfillmentRequest request, CancellationToken cancellationToken = default)
        => DocumentsAsync(Fulfill(request).WithHeader("Accept", AnyMediaType), cancellationToken);

    /// <summary>Fulfils Empower documents and streams the PDF (<c>Accept: application/pdf</c>, the collection's "PDF only").</summary>
    /// <param name="request">The fulfilment communication, its driver data source and the document ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ExstreamEngineException">The engine failed.</exception>
    public virtual Task<OutputDownload> FulfillPdfAsync(FulfillmentRequest request, CancellationToken cancellationToken = default)
        => DownloadAsync(Fulfill(request).WithHeader("Accept", Pdf), cancellationToken);

    private async Task<Response<IReadOnlyList<GeneratedDocument>>> DocumentsAsync(ApiRequest call, CancellationToken cancellationToken)
    {
        var response = await SendAsync(call, ExstreamJsonContext.Default.OrchestrationEnvelope, cancellationToken).ConfigureAwait(false);
        var raw = response.GetRawResponse();
        if (EngineErrors.FromItems(response.Value.Status, response.Value.Data) is { } errors)
        {
            throw EngineErrors.Exception(_api.System, errors, raw, Describe(call));
        }

        if (response.Value.Data is null)
        {
            throw new ConnectorSerializationException(_api.System, $"{Describe(call)}: the answer has no data.") { Status = raw.Status, RequestId = raw.RequestId, Request = Describe(call) };
        }

        return new Response<IReadOnlyList<GeneratedDocument>>(Decode(response.Value.Data, raw, call), raw);
    }

    private async Task<OutputDownload> DownloadAsync(ApiRequest call, CancellationToken cancellationToken)
    {
        StreamResponse response;
        try
        {
            response = await _api.SendForStreamAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex is not ExstreamEngineException && EngineErrors.Read(ex.ResponseBody) is { Count: > 0 })
        {
            throw EngineErrors.Exception(_api.System, EngineErrors.Read(ex.ResponseBody)!, ex);
        }

        if (response.ContentType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            // Asked for a PDF, answered with JSON: the engine's error envelope, or not what was asked for.
            await using (response.ConfigureAwait(false))
            {
                string body;
                try
                {
                    body = await ReadStartAsync(response.Content, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException)
                {
                    throw new ConnectorTransportException(_api.System, $"{Describe(call)}: the answer could not be read: {ex.Message}", ex) { IsTransient = true, Request = Describe(call) };
                }

                if (EngineErrors.Read(body) is { } errors)
                {
                    throw EngineErrors.Exception(_api.System, errors, response.Raw, Describe(call));
                }

                throw new ConnectorSerializationException(_api.System, $"{Describe(call)}: asked for {Pdf}, the service answered with {type}: {(body.Length > 200 ? body[..200] : body)}")
                {
                    Status = response.Raw.Status,
                    RequestId = response.Raw.RequestId,
                    Request = Describe(call),
                };
            }
        }

        return new OutputDownload(response);
    }

    private static async Task<string> ReadStartAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxUnexpectedBodyBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    private async Task<Response<T>> SendAsync<T>(ApiRequest call, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            return await _api.SendAsync(call, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex is not ExstreamEngineException && EngineErrors.Read(ex.ResponseBody) is { Count: > 0 })
        {
            throw EngineErrors.Exception(_api.System, EngineErrors.Read(ex.ResponseBody)!, ex);
        }
    }

    private List<GeneratedDocument> Decode(IReadOnlyList<OrchestrationItem> outputs, Response raw, ApiRequest call)
    {
        var documents = new List<GeneratedDocument>(outputs.Count);
        foreach (var output in outputs)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(output.Content ?? string.Empty);
            }
            catch (FormatException ex)
            {
                throw new ConnectorSerializationException(_api.System, $"{Describe(call)}: an output's content is not valid base64.", ex)
                {
                    Status = raw.Status,
                    RequestId = raw.RequestId,
                    Request = Describe(call),
                };
            }

            documents.Add(new GeneratedDocument(bytes, output.MimeType ?? "application/octet-stream", output.EngineOutputContext)
            {
                EmpowerDocumentId = EmpowerDocumentId(bytes),
            });
        }

        return documents;
    }

    private static string? EmpowerDocumentId(byte[] content)
    {
        var text = content.AsSpan().TrimStart(" \t\r\n"u8);
        if (text.Length == 0 || text[0] != (byte)'{' || content.Length > MaxUnexpectedBodyBytes)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, ExstreamJsonContext.Default.EmpowerDocumentAnswer)?.DocumentId;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private ApiRequest OnDemand(OnDemandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Data);
        var body = JsonSerializer.SerializeToUtf8Bytes(request.Data, ExstreamJsonContext.Default.JsonNode);
        var call = Communication(ExstreamRoutes.OnDemandGenerate(_domain), request.CommunicationId, request.DriverDataSource)
            .WithContent(() => JsonBody(body));
        if (request.EmpowerUser is null)
        {
            // Rendering without Empower creates nothing in Exstream, so a retry cannot duplicate anything.
            call.MarkIdempotent();
        }
        else
        {
            call.WithHeader("empowerUser", request.EmpowerUser);
        }

        return call;
    }

    private ApiRequest Fulfill(FulfillmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.DocumentIds);
        if (request.DocumentIds.Count == 0 || request.DocumentIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("DocumentIds must name at least one Empower document, none empty.", nameof(request));
        }

        return Communication(ExstreamRoutes.OnDemandFulfill(_domain), request.CommunicationId, request.DriverDataSource)
            .WithHeader("preserveDocuments", request.PreserveDocuments ? "true" : "false")
            .WithJson(new FulfillmentBody { Documents = [.. request.DocumentIds] }, ExstreamJsonContext.Default.FulfillmentBody);
    }

    /// <summary>A POST naming the communication and its driver data source in the published headers.</summary>
    private static ApiRequest Communication(string path, string communicationId, string driverDataSource)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(communicationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(driverDataSource);
        return ApiRequest.Post(path).WithHeader("communicationId", communicationId).WithHeader("driverDataSource", driverDataSource);
    }

    private static ByteArrayContent JsonBody(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json) { CharSet = "utf-8" };
        return content;
    }

    private static string Describe(ApiRequest call) => $"{call.Method} {call.Path}";
}
