using Connectors.Core;
using Connectors.OpenText.CoreCase.Internal;
using Ctx = Connectors.OpenText.CoreCase.Internal.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Comments on a case. OpenText's collection has "Comment On Case" (it returns the comment's id); its path, body and a
/// comment list are not shown, so they are assumed (<c>…/cases/{caseId}/comments</c>, <c>{text, visibility}</c>).
/// </summary>
public class CaseCommentService
{
    private readonly CoreCaseConnection _connection;

    internal CaseCommentService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseCommentService() => _connection = null!;

    /// <summary>Adds a comment ("Comment On Case"; assumed path and body). Not retried after a failure that may have reached the service.</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="text">The text.</param>
    /// <param name="visibility">Who may see it; <see cref="CommentVisibility.Internal"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseComment>> AddAsync(CaseRef caseRef, string text, CommentVisibility? visibility = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var body = new CommentRequest { Text = text, Visibility = (visibility ?? CommentVisibility.Internal).Value };
        var response = await _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.Comments(caseRef)).WithJson(body, Ctx.Default.CommentRequest), Ctx.Default.CommentWire, cancellationToken, subject: caseRef).ConfigureAwait(false);
        return new Response<CaseComment>(CoreCaseMapper.Comment(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists a case's comments, oldest first (assumed route).</summary>
    /// <param name="caseRef">The case.</param>
    /// <param name="visibility">Only comments with this visibility (e.g. <see cref="CommentVisibility.Shared"/> for what may leave the company).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseComment> ListAsync(CaseRef caseRef, CommentVisibility? visibility = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        return _connection.Pageable(
            () => ApiRequest.Get(AssumedRoutes.Comments(caseRef)).WithQuery("visibility", visibility?.Value),
            Ctx.Default.CommentWire,
            CoreCaseMapper.Comment,
            cancellationToken,
            subject: caseRef);
    }
}
