using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>
/// Exstream's paging: <c>count</c> = page size, <c>offset</c> = page index from 0, and a <c>page</c> block with
/// <c>totalPages</c>. The continuation token is the next page index.
/// </summary>
internal static class ExstreamPaging
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    public static AsyncPageable<T> Create<T>(ApiConnection api, Func<ApiRequest> build, JsonTypeInfo<ExstreamPagedEnvelope<T>> typeInfo)
        => new(async (token, sizeHint, cancellationToken) =>
        {
            var index = Paging.PageNumber(token, firstPage: 0);
            var size = Math.Clamp(sizeHint ?? DefaultPageSize, 1, MaxPageSize);
            var request = build().WithQuery("count", size).WithQuery("offset", index);
            var response = await api.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
            var envelope = response.Value;
            var values = envelope.Data ?? [];
            string? next;
            if (envelope.Page is { } page)
            {
                next = values.Count > 0 && index + 1 < page.TotalPages ? (index + 1).ToString(CultureInfo.InvariantCulture) : null;
            }
            else
            {
                next = Paging.NextPageByCount(index, values.Count, size);
            }

            return new Page<T>(values, next, response.GetRawResponse()) { TotalCount = envelope.Page?.TotalElements };
        });
}
