using System.Net.Http.Headers;
using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;
using Ctx = Connectors.OpenText.CoreCase.Wire.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>Documents attached to a case: upload (streamed, never buffered whole), list, download (streamed).</summary>
public class CaseAttachmentService
{
    private readonly CoreCaseConnection _connection;

    internal CaseAttachmentService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseAttachmentService() => _connection = null!;

    /// <summary>
    /// Uploads <paramref name="content"/> as a multipart <c>file</c> part, reading it as it is sent. The stream stays
    /// yours (it is not disposed). A seekable stream can be re-sent after a token refresh; a non-seekable one cannot,
    /// and such a failure surfaces as a <see cref="ConnectorTransportException"/>.
    /// </summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="contentType">The media type, e.g. <c>application/pdf</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseAttachment>> UploadAsync(string caseId, Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var mediaType = MediaTypeHeaderValue.Parse(contentType);
        var source = new UploadSource(content);
        var request = ApiRequest.Post(CoreCaseRoutes.Attachments(caseId)).WithContent(() =>
        {
            var file = new UploadStreamContent(source);
            file.Headers.ContentType = mediaType;
            return new MultipartFormDataContent { { file, CoreCaseRoutes.AttachmentPartName, fileName } };
        });
        var response = await _connection.SendAsync(request, Ctx.Default.AttachmentWire, cancellationToken).ConfigureAwait(false);
        return new Response<CaseAttachment>(CoreCaseMapper.Attachment(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists a case's attachments.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseAttachment> ListAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return _connection.Pageable(() => ApiRequest.Get(CoreCaseRoutes.Attachments(caseId)), Ctx.Default.HalPageAttachmentWire, CoreCaseMapper.Attachment, cancellationToken);
    }

    /// <summary>Downloads an attachment as a stream read as it arrives; dispose the result when done.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="attachmentId">The attachment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<StreamResponse> DownloadAsync(string caseId, string attachmentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachmentId);
        return _connection.SendForStreamAsync(ApiRequest.Get(CoreCaseRoutes.AttachmentContent(caseId, attachmentId)), cancellationToken);
    }
}
