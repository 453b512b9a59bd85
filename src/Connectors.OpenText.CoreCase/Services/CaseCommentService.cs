using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;
using Ctx = Connectors.OpenText.CoreCase.Wire.CoreCaseJsonContext;

namespace Connectors.OpenText.CoreCase;

/// <summary>Comments (notes) on a case, internal or shareable.</summary>
public class CaseCommentService
{
    private readonly CoreCaseConnection _connection;

    internal CaseCommentService(CoreCaseConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected CaseCommentService() => _connection = null!;

    /// <summary>Adds a comment.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="text">The text.</param>
    /// <param name="visibility">Who may see it; <see cref="CommentVisibility.Internal"/> when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<CaseComment>> AddAsync(string caseId, string text, CommentVisibility? visibility = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var body = new CommentRequest { Text = text, Visibility = (visibility ?? CommentVisibility.Internal).Value };
        var response = await _connection.SendAsync(
            ApiRequest.Post(CoreCaseRoutes.Comments(caseId)).WithJson(body, Ctx.Default.CommentRequest), Ctx.Default.CommentWire, cancellationToken).ConfigureAwait(false);
        return new Response<CaseComment>(CoreCaseMapper.Comment(response.Value), response.GetRawResponse());
    }

    /// <summary>Lists a case's comments, oldest first.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="visibility">Only comments with this visibility (e.g. <see cref="CommentVisibility.Shared"/> for what may leave the company).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual AsyncPageable<CaseComment> ListAsync(string caseId, CommentVisibility? visibility = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return _connection.Pageable(
            () => ApiRequest.Get(CoreCaseRoutes.Comments(caseId)).WithQuery("visibility", visibility?.Value),
            Ctx.Default.HalPageCommentWire,
            CoreCaseMapper.Comment,
            cancellationToken);
    }
}
