using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>
/// Pages a published Community Management list. The first request is sent exactly as OpenText's collection sends it
/// (no paging parameters) unless the caller asks for a page size. Only when an answer says there is more (<c>total</c>
/// beyond <c>offset</c> + items, not published) is the next page asked for with <c>offset</c> and <c>count</c>
/// (assumed, as the emulator serves them).
/// </summary>
internal static class DirectoryPaging
{
    public static AsyncPageable<T> Create<T>(
        ApiConnection connection,
        Func<ApiRequest> request,
        JsonTypeInfo<DirectoryList<T>> typeInfo,
        int defaultPageSize,
        CancellationToken methodToken)
        => new(async (token, hint, ct) =>
        {
            var next = request();
            if (token is not null || hint is not null)
            {
                next.WithQuery("offset", Paging.Offset(token)).WithQuery("count", Math.Clamp(hint ?? defaultPageSize, 1, OffsetPaging.MaxPageSize));
            }

            var response = await connection.SendAsync(next, typeInfo, ct.CanBeCanceled ? ct : methodToken).ConfigureAwait(false);
            var list = response.Value;
            var continuation = list.Total is { } total && list.Items.Count > 0
                ? Paging.NextOffset(list.Offset ?? Paging.Offset(token), list.Items.Count, total)
                : null;
            return new Page<T>(list.Items, continuation, response.GetRawResponse()) { TotalCount = list.Total };
        });
}
