namespace Connectors.OpenText.CoreCase;

/// <summary>A link from one case to another (assumed shape).</summary>
public sealed class CaseLink
{
    internal CaseLink()
    {
    }

    /// <summary>The link id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The case the link was added to.</summary>
    public CaseRef Source { get; internal set; } = null!;

    /// <summary>The linked case.</summary>
    public CaseRef Target { get; internal set; } = null!;

    /// <summary>How they relate.</summary>
    public CaseRelationType RelationType { get; internal set; }

    /// <summary>When the link was added.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }
}
