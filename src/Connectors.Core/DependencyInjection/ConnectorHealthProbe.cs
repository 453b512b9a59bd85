namespace Connectors.Core.DependencyInjection;

/// <summary>
/// A cheap authenticated read that tells whether a registered client instance can reach its system (one small
/// page of a list). <c>AddConnectorClient</c> registers one per client instance when the client package supplies
/// a probe; hosts turn them into health checks (<c>AddConnectorsHealthChecks</c> in Connectors.AspNetCore).
/// </summary>
/// <param name="Name">The check name: the system in lower case, plus <c>:{instance}</c> for a named instance.</param>
/// <param name="Probe">Runs the read; throws (a typed <see cref="ConnectorException"/>) when the system cannot be reached.</param>
public sealed record ConnectorHealthProbe(string Name, Func<IServiceProvider, CancellationToken, Task> Probe)
{
    /// <summary>Reads the first page (of one item, where the API takes a page size) of a list: the usual probe.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="pageable">The list.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the page was read.</returns>
    public static async Task FirstPageAsync<T>(AsyncPageable<T> pageable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pageable);
        await foreach (var _ in pageable.AsPages(pageSizeHint: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return;
        }
    }
}
