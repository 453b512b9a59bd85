namespace Connectors.OpenText.Exstream;

/// <summary>
/// The published parameters of <c>GET design/api/v1/links/{domain}/resources</c>: the resources that use an object,
/// directly or through up to <see cref="Depth"/> links, e.g. the communications whose driver is a sample file
/// (<c>recursiveListLinks</c> in OpenText's SDK).
/// </summary>
public sealed class LinkedResourceQuery
{
    /// <summary>The object resource (<c>linkObjectId</c>), e.g. a sample file or a communication set.</summary>
    public required string ObjectId { get; init; }

    /// <summary>How many levels to follow (<c>linkDepth</c>); OpenText uses 10 from a sample file to its communications.</summary>
    public int? Depth { get; init; }

    /// <summary>Only resources of these types (<c>rfilter.types</c>); all when empty.</summary>
    public IReadOnlyList<ResourceType> Types { get; init; } = [];

    /// <summary>Only resources in these states (<c>rfilter.states</c>); all when empty.</summary>
    public IReadOnlyList<ResourceState> States { get; init; } = [];

    /// <summary>The <c>fetchApproval</c> flag OpenText's collection sends as <c>false</c> (its meaning is not published); not sent when null.</summary>
    public bool? FetchApproval { get; init; }
}
