using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
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
    {
        var listType = TypeInfo(embeddedKey, itemsType);
        return new(async (token, pageSizeHint, cancellationToken) =>
        {
            var offset = ReadOffset(connection, token);
            var size = Math.Clamp(pageSizeHint ?? defaultPageSize, 1, 500);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(listCancellationToken, cancellationToken);
            var paged = request().WithQuery(WorkflowServiceRoutes.Query.Offset, offset).WithQuery(AssumedRoutes.PageSize, (long)size);
            var response = await connection.SendAsync(paged, listType, linked.Token).ConfigureAwait(false);
            var list = response.Value;
            var next = list.TotalElements is { } total
                ? Paging.NextOffset(offset, list.Items.Count, total)
                : list.Items.Count > 0 && list.Items.Count >= size ? (offset + list.Items.Count).ToString(CultureInfo.InvariantCulture) : null;
            return new Page<T>(list.Items, next, response.GetRawResponse()) { TotalCount = list.TotalElements };
        });
    }

    /// <summary>The metadata to read a HAL list of <typeparamref name="T"/> under <paramref name="embeddedKey"/> with.</summary>
    public static JsonTypeInfo<HalList<T>> TypeInfo<T>(string embeddedKey, JsonTypeInfo<List<T>> itemsType)
        => HalListConverter<T>.TypeInfo(embeddedKey, itemsType);

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

/// <summary>One page of a HAL list: its items and the <c>page</c> block.</summary>
internal sealed record HalList<T>(IReadOnlyList<T> Items, long? TotalElements, long? Size, long? Number, long? TotalPages);

/// <summary>
/// Reads a <see cref="HalList{T}"/> straight from the response bytes (no <see cref="JsonElement"/> copy of the body):
/// the <c>page</c> block is required, <c>_embedded</c> may be absent or null (an empty list) but otherwise must hold
/// the list's key as an array. Any other shape is a <see cref="ConnectorSerializationException"/>.
/// </summary>
internal sealed class HalListConverter<T>(string embeddedKey, JsonTypeInfo<List<T>> itemsType) : JsonConverter<HalList<T>>
{
    private static Made? _made;

    /// <summary>The metadata for the list of <typeparamref name="T"/> under <paramref name="key"/> (made once per item type).</summary>
    public static JsonTypeInfo<HalList<T>> TypeInfo(string key, JsonTypeInfo<List<T>> itemsType)
    {
        if (_made is { } made && made.Key == key)
        {
            return made.Info;
        }

        var info = JsonMetadataServices.CreateValueInfo<HalList<T>>(itemsType.Options, new HalListConverter<T>(key, itemsType));
        _made = new Made(key, info);
        return info;
    }

    public override HalList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw NotAList($"expected a HAL list {{\"_embedded\": {{\"{embeddedKey}\": […]}}, \"page\": {{…}}}}");
        }

        List<T>? items = null;
        bool embedded = false, page = false;
        long? totalElements = null, size = null, number = null, totalPages = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("_embedded"u8))
            {
                reader.Read();
                embedded = reader.TokenType != JsonTokenType.Null;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    items = ReadEmbedded(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("page"u8))
            {
                reader.Read();
                page = reader.TokenType == JsonTokenType.StartObject;
                while (page && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    ref var target = ref totalElements;
                    if (reader.ValueTextEquals("size"u8))
                    {
                        target = ref size;
                    }
                    else if (reader.ValueTextEquals("number"u8))
                    {
                        target = ref number;
                    }
                    else if (reader.ValueTextEquals("totalPages"u8))
                    {
                        target = ref totalPages;
                    }
                    else if (!reader.ValueTextEquals("totalElements"u8))
                    {
                        reader.Read();
                        reader.Skip();
                        continue;
                    }

                    reader.Read();
                    target = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : null;
                    reader.Skip();
                }

                if (!page)
                {
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (!page)
        {
            throw NotAList($"expected a HAL list {{\"_embedded\": {{\"{embeddedKey}\": […]}}, \"page\": {{…}}}}");
        }

        if (embedded && items is null)
        {
            throw NotAList($"its _embedded holds no \"{embeddedKey}\" array");
        }

        return new HalList<T>(items ?? [], totalElements, size, number, totalPages);
    }

    public override void Write(Utf8JsonWriter writer, HalList<T> value, JsonSerializerOptions options)
        => throw new NotSupportedException("Workflow Service lists are only read.");

    private sealed record Made(string Key, JsonTypeInfo<HalList<T>> Info);

    private static ConnectorSerializationException NotAList(string detail)
        => new(WorkflowServiceClient.SystemName, $"The answer is not a Workflow Service list: {detail}.");

    // The list's key in _embedded, as an array (null when missing or not an array); other members are skipped.
    private List<T>? ReadEmbedded(ref Utf8JsonReader reader)
    {
        List<T>? items = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(embeddedKey);
            reader.Read();
            if (match && reader.TokenType == JsonTokenType.StartArray)
            {
                try
                {
                    items = JsonSerializer.Deserialize(ref reader, itemsType) ?? [];
                }
                catch (JsonException ex)
                {
                    throw new ConnectorSerializationException(WorkflowServiceClient.SystemName, $"An item of the \"{embeddedKey}\" list could not be read: {ex.Message}", ex);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return items;
    }
}
