using System.Globalization;

namespace Connectors.Core;

/// <summary>
/// Adapters from the paging styles APIs use to <see cref="AsyncPageable{T}"/> continuation tokens:
/// page/limit (page number as the token), page metadata (current and total pages) and cursors.
/// </summary>
public static class Paging
{
    /// <summary>Reads a page-number token; the first page when the token is <c>null</c>.</summary>
    /// <param name="continuationToken">The token.</param>
    /// <param name="firstPage">The number of the first page (1 for most APIs, 0 for some).</param>
    public static int PageNumber(string? continuationToken, int firstPage = 1)
        => continuationToken is null ? firstPage : int.Parse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// Page/limit style without totals: there is a next page when this page was full.
    /// An empty or short page ends the list.
    /// </summary>
    /// <param name="page">The current page number.</param>
    /// <param name="itemCount">Items on the current page.</param>
    /// <param name="limit">The page size asked for.</param>
    public static string? NextPageByCount(int page, int itemCount, int limit)
        => itemCount > 0 && itemCount >= limit ? (page + 1).ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>Page metadata style: there is a next page while the current page is below the total.</summary>
    /// <param name="currentPage">The current page number (1-based).</param>
    /// <param name="totalPages">The total number of pages.</param>
    public static string? NextPageByTotal(int currentPage, int totalPages)
        => currentPage < totalPages ? (currentPage + 1).ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>Offset style (start/size/total): there is a next page while items remain.</summary>
    /// <param name="start">The offset of this page.</param>
    /// <param name="itemCount">Items on this page.</param>
    /// <param name="total">The total count the service reported.</param>
    public static string? NextOffset(long start, int itemCount, long total)
        => itemCount > 0 && start + itemCount < total ? (start + itemCount).ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>Reads an offset token; zero when the token is <c>null</c>.</summary>
    /// <param name="continuationToken">The token.</param>
    public static long Offset(string? continuationToken)
        => continuationToken is null ? 0 : long.Parse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Cursor style: the service's cursor is the token; an empty cursor ends the list.</summary>
    /// <param name="nextCursor">The cursor the service returned.</param>
    public static string? NextCursor(string? nextCursor) => string.IsNullOrEmpty(nextCursor) ? null : nextCursor;
}
