namespace Connectors.Core;

/// <summary>One page of a list: its items, the token for the next page, and the raw response.</summary>
/// <typeparam name="T">The item type.</typeparam>
public class Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="values">The items.</param>
    /// <param name="continuationToken">The token that fetches the next page, or <c>null</c> on the last page.</param>
    /// <param name="rawResponse">The raw response.</param>
    public Page(IReadOnlyList<T> values, string? continuationToken, Response rawResponse)
    {
        Values = values;
        ContinuationToken = continuationToken;
        _raw = rawResponse;
    }

    private readonly Response _raw;

    /// <summary>The items on this page.</summary>
    public virtual IReadOnlyList<T> Values { get; }

    /// <summary>The token for the next page; <c>null</c> when this is the last page.</summary>
    public virtual string? ContinuationToken { get; }

    /// <summary>The total number of items across all pages, when the service reports it.</summary>
    public virtual long? TotalCount { get; init; }

    /// <summary>The raw response of this page.</summary>
    public virtual Response GetRawResponse() => _raw;

    /// <summary>Creates a page for tests and mocks.</summary>
    /// <param name="values">The items.</param>
    /// <param name="continuationToken">The next token.</param>
    public static Page<T> FromValues(IReadOnlyList<T> values, string? continuationToken = null)
        => new(values, continuationToken, Response.Create());
}
