using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.OpenText.WorkflowService.Internal;

/// <summary>
/// The published list shape, HAL: <c>{"_embedded": {"{key}": [ … ]}, "page": {"size", "totalElements", "totalPages",
/// "number"}}</c>, paged by <c>offset</c> (items) with <c>sort</c> and <c>order</c>, turned into an
/// <see cref="AsyncPageable{T}"/> through Core's offset pager. An empty list may come without <c>_embedded</c>
/// (OpenText's demo checks for it); a body without <c>page</c>, or whose <c>_embedded</c> lacks the list's key, is
/// not a list of this kind and raises <see cref="ConnectorSerializationException"/>, never an empty list.
/// </summary>
internal static class WorkflowListing
{
    public static AsyncPageable<T> Pageable<T>(
        ApiConnection connection,
        int defaultPageSize,
        Func<ApiRequest> request,
        string embeddedKey,
        JsonTypeInfo<List<T>> itemsType,
        CancellationToken listCancellationToken)
        => new(async (token, pageSizeHint, cancellationToken) =>
        {
            var offset = ReadOffset(connection, token);
            var size = Math.Clamp(pageSizeHint ?? defaultPageSize, 1, 500);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(listCancellationToken, cancellationToken);
            var paged = request().WithQuery(WorkflowServiceRoutes.Query.Offset, offset).WithQuery(AssumedRoutes.PageSize, (long)size);
            var response = await connection.SendAsync(paged, WorkflowServiceJsonContext.Default.JsonElement, linked.Token).ConfigureAwait(false);
            var list = Read(response.Value, embeddedKey, itemsType, connection.System, response.GetRawResponse(), paged);
            var next = list.TotalElements is { } total
                ? Paging.NextOffset(offset, list.Items.Count, total)
                : list.Items.Count > 0 && list.Items.Count >= size ? (offset + list.Items.Count).ToString(CultureInfo.InvariantCulture) : null;
            return new Page<T>(list.Items, next, response.GetRawResponse()) { TotalCount = list.TotalElements };
        });

    /// <summary>Reads one HAL list body; throws <see cref="ConnectorSerializationException"/> for any other shape.</summary>
    public static HalList<T> Read<T>(JsonElement root, string embeddedKey, JsonTypeInfo<List<T>> itemsType, string system, Response raw, ApiRequest request)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("page", out var page) || page.ValueKind != JsonValueKind.Object)
        {
            throw NotAList(system, raw, request, $"expected a HAL list {{\"_embedded\": {{\"{embeddedKey}\": […]}}, \"page\": {{…}}}}");
        }

        List<T> items = [];
        if (root.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind != JsonValueKind.Null)
        {
            if (embedded.ValueKind != JsonValueKind.Object || !embedded.TryGetProperty(embeddedKey, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                throw NotAList(system, raw, request, $"its _embedded holds no \"{embeddedKey}\" array");
            }

            try
            {
                items = array.Deserialize(itemsType) ?? [];
            }
            catch (JsonException ex)
            {
                throw new ConnectorSerializationException(system, $"An item of the \"{embeddedKey}\" list could not be read: {ex.Message}", ex)
                {
                    Status = raw.Status,
                    RequestId = raw.RequestId,
                    Request = $"{request.Method} {request.Path}",
                };
            }
        }

        return new HalList<T>(items, Number(page, "totalElements"), Number(page, "size"), Number(page, "number"), Number(page, "totalPages"));
    }

    public static string? OrderText(SortOrder? order) => order switch
    {
        SortOrder.Ascending => "asc",
        SortOrder.Descending => "desc",
        _ => null,
    };

    private static long? Number(JsonElement page, string name)
        => page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static ConnectorSerializationException NotAList(string system, Response raw, ApiRequest request, string detail)
        => new(system, $"The answer to {request.Method} {request.Path} is not a Workflow Service list: {detail}.")
        {
            Status = raw.Status,
            RequestId = raw.RequestId,
            Request = $"{request.Method} {request.Path}",
        };

    private static long ReadOffset(ApiConnection connection, string? token)
        => token is null || (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset >= 0)
            ? Paging.Offset(token)
            : throw new ArgumentException($"'{token}' is not a {connection.System} continuation token.", nameof(token));
}

/// <summary>One page of a HAL list: its items and the <c>page</c> block.</summary>
internal sealed record HalList<T>(IReadOnlyList<T> Items, long? TotalElements, long? Size, long? Number, long? TotalPages);
