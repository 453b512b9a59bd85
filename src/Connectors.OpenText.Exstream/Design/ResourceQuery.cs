namespace Connectors.OpenText.Exstream;

/// <summary>
/// The published filters of <c>GET design/api/v1/resources/{domain}</c> (<c>ResourceFilter</c> in OpenText's SDK). Most
/// integrations want the latest approved versions: <see cref="Approved"/>.
/// </summary>
public sealed class ResourceQuery
{
    /// <summary>The latest approved communications: OpenText's "Get a list of communications from DAS".</summary>
    public static ResourceQuery ApprovedCommunications => new() { Types = [ResourceType.Communication], States = [ResourceState.Approved], LatestVersion = true };

    /// <summary>The latest approved resources of any type: OpenText's "Get a list of resources from DAS".</summary>
    public static ResourceQuery Approved => new() { States = [ResourceState.Approved], LatestVersion = true };

    /// <summary>Only these types (<c>filter.types</c>, comma-separated); all when empty.</summary>
    public IReadOnlyList<ResourceType> Types { get; init; } = [];

    /// <summary>Only versions in these states (<c>filter.states</c>, comma-separated); all when empty.</summary>
    public IReadOnlyList<ResourceState> States { get; init; } = [];

    /// <summary>Only the latest version of each resource (<c>filter.latestVersion</c>); not sent when null.</summary>
    public bool? LatestVersion { get; init; }
}
