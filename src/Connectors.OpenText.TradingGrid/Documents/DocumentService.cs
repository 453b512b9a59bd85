using System.Net.Http.Headers;
using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Documents shared in partner spaces: upload, list, metadata and download. Every route here is assumed: see <c>AssumedRoutes</c> and docs/api/trading-grid.md.</summary>
public class DocumentService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal DocumentService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected DocumentService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Shares a document in a space (multipart upload). Not retried automatically.</summary>
    /// <param name="spaceId">The space id.</param>
    /// <param name="upload">The document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for shared documents; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<SharedDocument>> UploadAsync(string spaceId, DocumentUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spaceId);
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentException.ThrowIfNullOrWhiteSpace(upload.FileName, nameof(upload));
        ArgumentNullException.ThrowIfNull(upload.Content, nameof(upload));
        var metadata = JsonSerializer.Serialize(
            new DocumentMetadata(upload.DocumentType.Value, upload.ThreadId, upload.ExpiresOn, upload.Description),
            TradingGridJsonContext.Default.DocumentMetadata);
        var request = ApiRequest.Post(AssumedRoutes.SpaceDocuments(_options.CompanyId, spaceId)).WithContent(() =>
        {
            var file = new StreamContent(upload.Content);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(upload.ContentType);
            var json = new StringContent(metadata, System.Text.Encoding.UTF8, "application/json");
            return new MultipartFormDataContent { { file, "file", upload.FileName }, { json, "metadata" } };
        });
        return _connection.SendAsync(request, TradingGridJsonContext.Default.SharedDocument, cancellationToken);
    }

    /// <summary>Gets a document's metadata.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for shared documents; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<SharedDocument>> GetAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        return _connection.SendAsync(
            ApiRequest.Get(AssumedRoutes.Document(_options.CompanyId, documentId)),
            TradingGridJsonContext.Default.SharedDocument,
            cancellationToken);
    }

    /// <summary>Lists the documents of a space, oldest first.</summary>
    /// <param name="spaceId">The space id.</param>
    /// <param name="query">Filters; <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for shared documents; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<SharedDocument> ListAsync(string spaceId, DocumentQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spaceId);
        return OffsetPaging.Create<SharedDocument, DocumentList>(
            _connection,
            () => ApiRequest.Get(AssumedRoutes.SpaceDocuments(_options.CompanyId, spaceId))
                .WithQuery("threadId", query?.ThreadId)
                .WithQuery("documentType", query?.DocumentType?.Value)
                .WithQuery("since", query?.Since),
            TradingGridJsonContext.Default.DocumentList,
            _options.PageSize,
            cancellationToken);
    }

    /// <summary>Downloads a document's bytes as a stream read as it arrives. Dispose the result.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for shared documents; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<StreamResponse> DownloadAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        return _connection.SendForStreamAsync(ApiRequest.Get(AssumedRoutes.DocumentContent(_options.CompanyId, documentId)), cancellationToken);
    }
}
