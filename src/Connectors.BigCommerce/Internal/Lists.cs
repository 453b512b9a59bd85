using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>The two paging styles of BigCommerce on top of Core's <see cref="AsyncPageable{T}"/>.</summary>
internal static class Lists
{
    public const int MaxLimit = 250;

    /// <summary>v2: <c>page</c>/<c>limit</c>; a short page or 204 No Content ends the list.</summary>
    public static AsyncPageable<T> V2<T>(ApiConnection connection, Func<ApiRequest> request, JsonTypeInfo<List<T>> typeInfo)
        => new(async (token, hint, ct) =>
        {
            var page = Paging.PageNumber(token);
            var limit = Limit(hint);
            var response = await connection.SendAllowEmptyAsync(request().WithQuery("page", page).WithQuery("limit", limit), typeInfo, ct).ConfigureAwait(false);
            var values = response.Value ?? [];
            return new Page<T>(values, Paging.NextPageByCount(page, values.Count, limit), response.GetRawResponse());
        });

    /// <summary>v3: <c>page</c>/<c>limit</c> with <c>meta.pagination</c> telling the total pages.</summary>
    public static AsyncPageable<T> V3<T>(ApiConnection connection, Func<ApiRequest> request, JsonTypeInfo<V3Collection<T>> typeInfo)
        => new(async (token, hint, ct) =>
        {
            var page = Paging.PageNumber(token);
            var limit = Limit(hint);
            var response = await connection.SendAllowEmptyAsync(request().WithQuery("page", page).WithQuery("limit", limit), typeInfo, ct).ConfigureAwait(false);
            var body = response.Value;
            var values = body?.Data ?? [];
            var pagination = body?.Meta?.Pagination;
            var next = pagination is null
                ? Paging.NextPageByCount(page, values.Count, limit)
                : Paging.NextPageByTotal(page, pagination.TotalPages);
            return new Page<T>(values, next, response.GetRawResponse()) { TotalCount = pagination?.Total };
        });

    /// <summary>v3 routes the spec documents without <c>page</c>/<c>limit</c>: one request, one page.</summary>
    public static AsyncPageable<T> V3Single<T>(ApiConnection connection, Func<ApiRequest> request, JsonTypeInfo<V3Collection<T>> typeInfo)
        => new(async (_, _, ct) =>
        {
            var response = await connection.SendAllowEmptyAsync(request(), typeInfo, ct).ConfigureAwait(false);
            return new Page<T>(response.Value?.Data ?? [], null, response.GetRawResponse()) { TotalCount = response.Value?.Meta?.Pagination?.Total };
        });

    private static int Limit(int? hint) => Math.Clamp(hint ?? MaxLimit, 1, MaxLimit);

    public static string Csv(IEnumerable<int> values) => string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
