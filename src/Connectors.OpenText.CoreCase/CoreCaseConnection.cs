using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// The services' single way to the wire: Core's <see cref="ApiConnection"/> plus the Core Case typed conflicts
/// and the Spring-HAL paging of docs/api/core-case.md.
/// </summary>
internal sealed class CoreCaseConnection(ApiConnection connection, CoreCaseClientOptions options)
{
    public string System => connection.System;

    public async Task<Response<T>> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorConflictException ex)
        {
            var typed = CoreCaseErrors.Translate(ex);
            if (ReferenceEquals(typed, ex))
            {
                throw;
            }

            throw typed;
        }
    }

    public Task<StreamResponse> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken)
        => connection.SendForStreamAsync(request, cancellationToken);

    /// <summary>
    /// A lazily paged list: zero-based <c>page</c>, <c>size</c>, continued while <c>_links.next</c> is present.
    /// <paramref name="listCancellation"/> (the list method's token) and the enumeration's token both cancel a page fetch.
    /// </summary>
    public AsyncPageable<TModel> Pageable<TWire, TModel>(
        Func<ApiRequest> request, JsonTypeInfo<HalPage<TWire>> typeInfo, Func<TWire, TModel> map, CancellationToken listCancellation)
        => new(async (token, pageSizeHint, enumerationCancellation) =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(listCancellation, enumerationCancellation);
            var cancellationToken = linked.Token;
            var page = Paging.PageNumber(token, firstPage: 0);
            var size = Math.Clamp(pageSizeHint ?? options.PageSize, 1, CoreCaseRoutes.Paging.MaxSize);
            var response = await SendAsync(
                request().WithQuery(CoreCaseRoutes.Paging.Page, page).WithQuery(CoreCaseRoutes.Paging.Size, size),
                typeInfo,
                cancellationToken).ConfigureAwait(false);
            var hal = response.Value;
            var items = hal.Embedded?.Values.FirstOrDefault() ?? [];
            var next = hal.Links?.Next?.Href is null ? null : (page + 1).ToString(CultureInfo.InvariantCulture);
            return new Page<TModel>([.. items.Select(map)], next, response.GetRawResponse()) { TotalCount = hal.Page?.TotalElements };
        });
}
