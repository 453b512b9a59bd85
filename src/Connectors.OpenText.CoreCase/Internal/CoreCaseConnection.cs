using System.Globalization;
using System.Text.Json;
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
                CoreCaseJsonContext.Default.JsonElement,
                linked.Token,
                caseDefinitionId,
                subject).ConfigureAwait(false);
            var list = ListBody.Read(response.Value, itemType, System);
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

internal static class ListBody
{
    public static ListBody<T> Read<T>(JsonElement body, JsonTypeInfo<T> itemType, string system)
    {
        JsonElement items;
        var hasNext = false;
        long? total = null;
        if (body.ValueKind == JsonValueKind.Array)
        {
            items = body;
        }
        else if (body.ValueKind == JsonValueKind.Object
                 && body.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object
                 && embedded.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.Array) is { Value.ValueKind: JsonValueKind.Array } first)
        {
            items = first.Value;
            hasNext = body.TryGetProperty("_links", out var links) && links.ValueKind == JsonValueKind.Object
                      && links.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.Object;
            if (body.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Object
                && page.TryGetProperty("totalElements", out var count) && count.TryGetInt64(out var value))
            {
                total = value;
            }
        }
        else if (body.ValueKind == JsonValueKind.Object && !body.TryGetProperty("_embedded", out _) && body.TryGetProperty("page", out _))
        {
            // Spring HAL leaves _embedded out when a page is empty.
            items = default;
            total = 0;
        }
        else
        {
            throw new ConnectorSerializationException(system, $"A Core Case list must be a JSON array or a HAL page with an _embedded array; got {Describe(body)}.");
        }

        var result = new List<T>();
        if (items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                try
                {
                    result.Add(item.Deserialize(itemType) ?? throw new JsonException("null item"));
                }
                catch (JsonException ex)
                {
                    throw new ConnectorSerializationException(system, $"A Core Case list item is not a valid {typeof(T).Name.Replace("Wire", string.Empty, StringComparison.Ordinal)}: {ex.Message}", ex);
                }
            }
        }

        return new ListBody<T>(result, hasNext, total);
    }

    private static string Describe(JsonElement body) => body.ValueKind switch
    {
        JsonValueKind.Object => "an object with " + string.Join(", ", body.EnumerateObject().Select(p => p.Name).Take(5)),
        _ => body.ValueKind.ToString().ToLowerInvariant(),
    };
}
