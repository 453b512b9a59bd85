using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Exstream's paging, as OpenText's README and collection publish it: <c>count</c> = page size, <c>offset</c> = page
/// index from 0 ("the first page of results is requested by calling setOffset with a value of 0"), and a <c>page</c>
/// block with <c>totalPages</c>. The continuation token is <c>{next index}:{page size}</c>. Lists OpenText calls without
/// paging (domains, links) ask as published and page on only when the answer says there are more pages.
/// </summary>
internal static class ExstreamPaging
{
    /// <summary>The page size when the caller gives no hint (OpenText SDK <c>PageInfo.setDefaults</c>: 100).</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page asked for (OpenText's collection asks for 1000).</summary>
    public const int MaxPageSize = 1000;

    public static AsyncPageable<T> Create<T>(
        ApiConnection api,
        Func<ApiRequest> build,
        JsonTypeInfo<ExstreamPagedEnvelope<T>> typeInfo,
        int pageSize = DefaultPageSize,
        bool pagedFromFirstRequest = true)
        => new(async (token, sizeHint, cancellationToken) =>
        {
            var (index, size) = Read(token, Math.Clamp(sizeHint ?? pageSize, 1, MaxPageSize));
            var request = build();
            if (pagedFromFirstRequest || token is not null)
            {
                request.WithQuery("count", size).WithQuery("offset", index);
            }

            var response = await api.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
            var envelope = response.Value;
            var values = envelope.Data ?? [];
            string? next;
            if (envelope.Page is { } page)
            {
                var nextSize = token is null && !pagedFromFirstRequest ? Math.Clamp(page.PageSize > 0 ? page.PageSize : values.Count, 1, MaxPageSize) : size;
                next = values.Count > 0 && index + 1 < page.TotalPages ? Token(index + 1, nextSize) : null;
            }
            else
            {
                next = pagedFromFirstRequest && values.Count > 0 && values.Count >= size ? Token(index + 1, size) : null;
            }

            return new Page<T>(values, next, response.GetRawResponse()) { TotalCount = envelope.Page?.TotalElements };
        });

    private static (int Index, int Size) Read(string? token, int size)
    {
        if (token is null)
        {
            return (0, size);
        }

        var parts = token.Split(':');
        return (int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture), int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static string Token(int index, int size) => string.Create(CultureInfo.InvariantCulture, $"{index}:{size}");
}
