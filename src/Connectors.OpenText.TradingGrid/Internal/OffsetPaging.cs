using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>Turns a Community offset/count list into an <see cref="AsyncPageable{T}"/>; the continuation token is the next offset.</summary>
internal static class OffsetPaging
{
    public const int MaxPageSize = 100;

    public static AsyncPageable<T> Create<T, TList>(
        ApiConnection connection,
        Func<ApiRequest> request,
        JsonTypeInfo<TList> typeInfo,
        int defaultPageSize,
        CancellationToken methodToken)
        where TList : IOffsetList<T>
        => new(async (token, hint, ct) =>
        {
            var offset = Paging.Offset(token);
            var size = Math.Clamp(hint ?? defaultPageSize, 1, MaxPageSize);
            var response = await connection.SendAsync(
                request().WithQuery("offset", offset).WithQuery("count", size),
                typeInfo,
                ct.CanBeCanceled ? ct : methodToken).ConfigureAwait(false);
            var list = response.Value;
            return new Page<T>(list.Items, Paging.NextOffset(list.Offset, list.Items.Count, list.Total), response.GetRawResponse())
            {
                TotalCount = list.Total,
            };
        });
}
