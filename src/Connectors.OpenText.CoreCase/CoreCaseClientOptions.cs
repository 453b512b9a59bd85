namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Options of <see cref="CoreCaseClient"/>: the Core Case service address (<see cref="Core.DependencyInjection.ConnectorClientOptions.BaseAddress"/>),
/// the tenant and OAuth2 client (from <see cref="OpenTextClientOptions"/>), and paging.
/// Requests go to <c>{BaseAddress}tenants/{TenantId}/api/v1/</c>.
/// </summary>
public sealed class CoreCaseClientOptions : OpenTextClientOptions
{
    /// <summary>Items asked for per page when the caller gives no hint. Default 50, at most 100.</summary>
    public int PageSize { get; set; } = 50;

    /// <inheritdoc />
    public override Uri? GetBaseAddress()
    {
        var root = WithTrailingSlash(BaseAddress);
        return root is null || !root.IsAbsoluteUri ? root : new Uri(root, CoreCaseRoutes.ApiRoot(TenantId));
    }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var error in base.Validate())
        {
            yield return error;
        }

        if (string.IsNullOrWhiteSpace(TenantId))
        {
            yield return "TenantId is required: it is part of every Core Case path.";
        }

        if (PageSize is < 1 or > CoreCaseRoutes.Paging.MaxSize)
        {
            yield return $"PageSize must be between 1 and {CoreCaseRoutes.Paging.MaxSize}.";
        }
    }
}
