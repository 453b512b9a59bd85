using Connectors.OpenText.CoreCase.Internal;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Options of <see cref="CoreCaseClient"/>: the Core Case service address (<see cref="Core.DependencyInjection.ConnectorClientOptions.BaseAddress"/>,
/// OpenText's <c>{{baseUrl}}</c>), how it signs in (from <see cref="OpenTextClientOptions"/>), and paging.
/// Requests go to <c>{BaseAddress}api/v1/</c>, e.g. <c>{BaseAddress}api/v1/case-definitions/{id}/cases</c>.
/// </summary>
public sealed class CoreCaseClientOptions : OpenTextClientOptions
{
    /// <summary>Items asked for per page of an (assumed) list when the caller gives no hint. Default 50, at most 100.</summary>
    public int PageSize { get; set; } = 50;

    /// <inheritdoc />
    public override Uri? GetBaseAddress()
    {
        var root = WithTrailingSlash(BaseAddress);
        return root is null || !root.IsAbsoluteUri ? root : new Uri(root, CoreCaseRoutes.ApiRoot);
    }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (PageSize is < 1 or > AssumedRoutes.Paging.MaxSize)
        {
            yield return $"PageSize must be between 1 and {AssumedRoutes.Paging.MaxSize}.";
        }
    }
}
