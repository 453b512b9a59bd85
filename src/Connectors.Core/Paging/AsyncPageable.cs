using System.Runtime.CompilerServices;

namespace Connectors.Core;

/// <summary>Fetches one page given a continuation token (<c>null</c> for the first) and a page-size hint.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="continuationToken">The token from the previous page, or <c>null</c>.</param>
/// <param name="pageSizeHint">The page size to ask for, or <c>null</c> for the client's default.</param>
/// <param name="cancellationToken">Cancels the call.</param>
public delegate Task<Page<T>> PageFetcher<T>(string? continuationToken, int? pageSizeHint, CancellationToken cancellationToken);

/// <summary>
/// A list that is fetched lazily, page by page, as it is enumerated. Enumerate items with
/// <c>await foreach</c>, or pages (with their metadata and continuation tokens) with <see cref="AsPages"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public class AsyncPageable<T> : IAsyncEnumerable<T>
{
    private readonly PageFetcher<T> _fetch;

    /// <summary>Creates a pageable over a page fetcher.</summary>
    /// <param name="fetch">Fetches one page.</param>
    public AsyncPageable(PageFetcher<T> fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    /// <summary>For mocking.</summary>
    protected AsyncPageable()
    {
        _fetch = (_, _, _) => Task.FromResult(Page<T>.FromValues([]));
    }

    /// <summary>Enumerates pages, starting at <paramref name="continuationToken"/>.</summary>
    /// <param name="continuationToken">Where to resume, from an earlier page's <see cref="Page{T}.ContinuationToken"/>.</param>
    /// <param name="pageSizeHint">The page size to ask for.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual async IAsyncEnumerable<Page<T>> AsPages(
        string? continuationToken = null,
        int? pageSizeHint = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var token = continuationToken;
        do
        {
            var page = await _fetch(token, pageSizeHint, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.ContinuationToken is not null && page.ContinuationToken == token)
            {
                yield break; // a service that repeats its token would loop forever
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    /// <inheritdoc />
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }

    /// <summary>Creates a pageable from fixed pages, for tests and mocks.</summary>
    /// <param name="pages">The pages.</param>
    public static AsyncPageable<T> FromPages(IReadOnlyList<Page<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new AsyncPageable<T>((token, _, _) =>
        {
            var index = token is null ? 0 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            var page = pages.Count == 0 ? Page<T>.FromValues([]) : pages[index];
            var next = index + 1 < pages.Count ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new Page<T>(page.Values, next, page.GetRawResponse()));
        });
    }
}
