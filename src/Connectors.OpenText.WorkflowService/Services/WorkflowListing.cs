using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;
using Connectors.OpenText.WorkflowService.Serialization;

namespace Connectors.OpenText.WorkflowService;

/// <summary>
/// Turns Flowable's offset paging (offset/count in, data/total/start out) into an <see cref="AsyncPageable{T}"/>.
/// The token given to the list call and the one given to the enumeration both cancel a page fetch.
/// </summary>
internal static class WorkflowListing
{
    public static AsyncPageable<T> Pageable<T>(
        ApiConnection connection,
        int defaultPageSize,
        Func<ApiRequest> request,
        JsonTypeInfo<DataResponse<T>> typeInfo,
        CancellationToken listCancellationToken)
        => new(async (token, pageSizeHint, cancellationToken) =>
        {
            var offset = ReadOffset(connection, token);
            var count = Math.Clamp(pageSizeHint ?? defaultPageSize, 1, 500);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(listCancellationToken, cancellationToken);
            var response = await connection.SendAsync(request().WithQuery("offset", offset).WithQuery("count", (long)count), typeInfo, linked.Token)
                .ConfigureAwait(false);
            var page = response.Value;
            var next = Paging.NextOffset(page.Start, page.Data.Count, page.Total);
            return new Page<T>(page.Data, next, response.GetRawResponse()) { TotalCount = page.Total };
        });

    public static string? OrderText(SortOrder? order) => order switch
    {
        SortOrder.Ascending => "asc",
        SortOrder.Descending => "desc",
        _ => null,
    };

    private static long ReadOffset(ApiConnection connection, string? token)
        => token is null || (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset >= 0)
            ? Paging.Offset(token)
            : throw new ArgumentException($"'{token}' is not a {connection.System} continuation token.", nameof(token));
}
