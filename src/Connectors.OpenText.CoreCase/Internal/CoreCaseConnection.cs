using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>
/// The services' single way to the wire: Core's <see cref="ApiConnection"/> plus the Core Case typed errors (unknown
/// definition, unknown case, conflicts) and the assumed list paging.
/// </summary>
internal sealed class CoreCaseConnection(ApiConnection connection, CoreCaseClientOptions options)
{
    public string System => connection.System;

    /// <summary>Sends a request about <paramref name="subject"/> (a case) or <paramref name="caseDefinitionId"/> (a definition).</summary>
    public async Task<Response<T>> SendAsync<T>(
        ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, string? caseDefinitionId = null, CaseRef? subject = null)
    {
        try
        {
            return await connection.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (Typed(ex, caseDefinitionId ?? subject?.CaseDefinitionId, subject) is { } typed)
        {
            throw typed;
        }
    }

    /// <summary>
    /// Sends a request answered with a case (<see cref="CaseWireConverter"/>): read, its reference made and typed errors
    /// translated in one async step. The definition comes from the body, else from <paramref name="caseDefinitionId"/> or
    /// <paramref name="subject"/> (the request path).
    /// </summary>
    public async Task<Response<CaseInstance>> SendCaseAsync(
        ApiRequest request, CancellationToken cancellationToken, string? caseDefinitionId = null, CaseRef? subject = null)
    {
        try
        {
            var response = await connection.SendAsync(request, CoreCaseJsonContext.Default.CaseWire, cancellationToken).ConfigureAwait(false);
            return new Response<CaseInstance>(response.Value.ToCase(caseDefinitionId ?? subject?.CaseDefinitionId), response.GetRawResponse());
        }
        catch (ConnectorException ex) when (Typed(ex, caseDefinitionId ?? subject?.CaseDefinitionId, subject) is { } typed)
        {
            throw typed;
        }
    }

    public async Task<StreamResponse> SendForStreamAsync(ApiRequest request, CaseRef subject, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.SendForStreamAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (Typed(ex, subject.CaseDefinitionId, subject) is { } typed)
        {
            throw typed;
        }
    }

    /// <summary>
    /// A lazily paged list (assumed: zero-based <c>page</c> and <c>size</c>; continued while <c>_links.next</c> is present).
    /// The body is a HAL page (<c>_embedded</c> with one array) or a bare array; anything else is a typed error, never an
    /// empty list. <paramref name="listCancellation"/> (the list method's token) and the enumeration's token both cancel.
    /// </summary>
    public AsyncPageable<TModel> Pageable<TWire, TModel>(
        Func<ApiRequest> request,
        JsonTypeInfo<TWire> itemType,
        Func<TWire, TModel> map,
        CancellationToken listCancellation,
        string? caseDefinitionId = null,
        CaseRef? subject = null)
        => new(async (token, pageSizeHint, enumerationCancellation) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(listCancellation, enumerationCancellation);
            var page = Paging.PageNumber(token, firstPage: 0);
            var size = Math.Clamp(pageSizeHint ?? options.PageSize, 1, AssumedRoutes.Paging.MaxSize);
            var response = await SendAsync(
                request().WithQuery(AssumedRoutes.Paging.Page, page).WithQuery(AssumedRoutes.Paging.Size, size),
                ListBodyConverter<TWire>.TypeInfo(itemType),
                linked.Token,
                caseDefinitionId,
                subject).ConfigureAwait(false);
            var list = response.Value;
            var next = list.HasNext ? (page + 1).ToString(CultureInfo.InvariantCulture) : null;
            return new Page<TModel>([.. list.Items.Select(map)], next, response.GetRawResponse()) { TotalCount = list.Total };
        });

    private static ConnectorException? Typed(ConnectorException error, string? caseDefinitionId, CaseRef? subject)
    {
        var typed = CoreCaseErrorParser.Translate(error, caseDefinitionId, subject);
        return ReferenceEquals(typed, error) ? null : typed;
    }
}

/// <summary>One page of a Core Case list, read leniently from the two shapes a Spring service answers with.</summary>
internal sealed record ListBody<T>(IReadOnlyList<T> Items, bool HasNext, long? Total);

/// <summary>
/// Reads a <see cref="ListBody{T}"/> straight from the response bytes (no <see cref="JsonElement"/> copy of the body):
/// a bare array, or a HAL page whose <c>_embedded</c> holds an array (its first), with <c>_links.next</c> and
/// <c>page.totalElements</c>; a HAL page without <c>_embedded</c> is empty (Spring leaves it out). Anything else, or an
/// item that is not one, is a <see cref="ConnectorSerializationException"/>, never an empty list. The item type's
/// <c>List&lt;T&gt;</c> must be in <see cref="CoreCaseJsonContext"/>.
/// </summary>
internal sealed class ListBodyConverter<T>(JsonTypeInfo<T> itemType) : JsonConverter<ListBody<T>>
{
    private static JsonTypeInfo<ListBody<T>>? _typeInfo;
    private readonly JsonTypeInfo<List<T>> _itemsType = (JsonTypeInfo<List<T>>)itemType.Options.GetTypeInfo(typeof(List<T>));

    /// <summary>The metadata to read a list of <paramref name="itemType"/> with (made once per item type).</summary>
    public static JsonTypeInfo<ListBody<T>> TypeInfo(JsonTypeInfo<T> itemType)
        => _typeInfo ??= JsonMetadataServices.CreateValueInfo<ListBody<T>>(itemType.Options, new ListBodyConverter<T>(itemType));

    public override ListBody<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new ListBody<T>(ReadItems(ref reader), false, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw NotAList(reader.TokenType.ToString().ToLowerInvariant());
        }

        List<T>? items = null;
        bool embedded = false, page = false, hasNext = false;
        long? total = null;
        List<string> names = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (names.Count < 5)
            {
                names.Add(reader.GetString()!);
            }

            if (reader.ValueTextEquals("_embedded"u8))
            {
                embedded = true;
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    items = ReadEmbedded(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("_links"u8))
            {
                reader.Read();
                hasNext = reader.TokenType == JsonTokenType.StartObject && HasObject(ref reader, "next"u8);
            }
            else if (reader.ValueTextEquals("page"u8))
            {
                page = true;
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    total = TotalElements(ref reader);
                }
                else
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

        if (embedded)
        {
            return items is not null ? new ListBody<T>(items, hasNext, total) : throw NotAList("an object with " + string.Join(", ", names));
        }

        // Spring HAL leaves _embedded out when a page is empty.
        return page ? new ListBody<T>([], false, 0) : throw NotAList("an object with " + string.Join(", ", names));
    }

    public override void Write(Utf8JsonWriter writer, ListBody<T> value, JsonSerializerOptions options)
        => throw new NotSupportedException("Core Case lists are only read.");

    private static ConnectorSerializationException NotAList(string got)
        => new(CoreCaseClient.SystemName, $"A Core Case list must be a JSON array or a HAL page with an _embedded array; got {got}.");

    // The first array of _embedded is the list; other members are skipped. Null when it holds no array.
    private List<T>? ReadEmbedded(ref Utf8JsonReader reader)
    {
        List<T>? items = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray && items is null)
            {
                items = ReadItems(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return items;
    }

    private List<T> ReadItems(ref Utf8JsonReader reader)
    {
        try
        {
            // the whole array in one read: one frame stack per page, not one per item
            var items = JsonSerializer.Deserialize(ref reader, _itemsType) ?? [];
            return items.Exists(item => item is null) ? throw new JsonException("null item") : items;
        }
        catch (JsonException ex)
        {
            throw new ConnectorSerializationException(CoreCaseClient.SystemName, $"A Core Case list item is not a valid {typeof(T).Name.Replace("Wire", string.Empty, StringComparison.Ordinal)}: {ex.Message}", ex);
        }
    }

    private static bool HasObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            found |= match && reader.TokenType == JsonTokenType.StartObject;
            reader.Skip();
        }

        return found;
    }

    private static long? TotalElements(ref Utf8JsonReader reader)
    {
        long? total = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals("totalElements"u8);
            reader.Read();
            if (match && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
            {
                total = value;
            }

            reader.Skip();
        }

        return total;
    }
}
