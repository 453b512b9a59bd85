namespace Connectors.OpenText.Exstream;

/// <summary>
/// The published parameters of <c>GET design/api/v1/links/{domain}</c>: the links from a subject, followed
/// <see cref="Depth"/> levels deep, filtered by the linked object's type (<c>listLinks</c> in OpenText's SDK).
/// </summary>
public sealed class LinkQuery
{
    /// <summary>The subject resource (<c>linkSubjectId</c>), e.g. a communication id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The subject's version (<c>linkSubjectVersion</c>); the latest when null.</summary>
    public int? SubjectVersion { get; init; }

    /// <summary>How many levels to follow (<c>linkDepth</c>); OpenText: "2 should always get the communication set when using a communication id as the subject".</summary>
    public int? Depth { get; init; }

    /// <summary>Only links to objects of these types (<c>filter.types</c>); all when empty.</summary>
    public IReadOnlyList<ResourceType> Types { get; init; } = [];

    /// <summary>Only links to objects in these states (<c>filter.states</c>); all when empty.</summary>
    public IReadOnlyList<ResourceState> States { get; init; } = [];
}
