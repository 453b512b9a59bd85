using System.Net.Http.Headers;
using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;
using Ctx = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Documents on an existing case: upload (streamed, never buffered whole), list, download (streamed). Assumed routes:
/// only "Create Case with Attachments" is published (<see cref="CaseService.CreateWithAttachmentsAsync"/>).
/// </summary>
public class CaseAttachmentService
{
    private readonly CoreCaseConnection _connection;

    internal CaseAttachmentService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseAttachmentService() => _connection = null!;

    /// <summary>
    /// Uploads <paramref name="content"/> to a case as a multipart <c>file</c> part (assumed route), reading it as it is
    /// sent. The stream stays yours (it is not disposed). A seekable stream can be re-sent after a token refresh; a
    /// non-seekable one cannot, and such a failure surfaces as a <see cref="ConnectorTransportException"/>.
    /// </summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="contentType">The media type, e.g. <c>application/pdf</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseAttachment>> UploadAsync(CaseRef caseRef, Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var mediaType = MediaTypeHeaderValue.Parse(contentType);
        var source = new UploadSource(content);
        var request = ApiRequest.Post(AssumedRoutes.Attachments(caseRef)).WithContent(() =>
        {
            var file = new UploadStreamContent(source);
            file.Headers.ContentType = mediaType;
            return new MultipartFormDataContent { { file, AssumedRoutes.FilePart, fileName } };
        });
        var response = await _connection.SendAsync(request, Ctx.Default.AttachmentWire, cancellationToken, subject: caseRef).ConfigureAwait(false);
        return new Response<CaseAttachment>(CoreCaseMapper.Attachment(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists a case's attachments (assumed route).</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseAttachment> ListAsync(CaseRef caseRef, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        return _connection.Pageable(() => ApiRequest.Get(AssumedRoutes.Attachments(caseRef)), Ctx.Default.AttachmentWire, CoreCaseMapper.Attachment, cancellationToken, subject: caseRef);
    }

    /// <summary>Downloads an attachment as a stream read as it arrives (assumed route); dispose the result when done.</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="attachmentId">The attachment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<StreamResponse> DownloadAsync(CaseRef caseRef, string attachmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachmentId);
        return _connection.SendForStreamAsync(ApiRequest.Get(AssumedRoutes.AttachmentContent(caseRef, attachmentId)), caseRef, cancellationToken);
    }
}
