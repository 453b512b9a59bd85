namespace Connectors.OpenText.CoreCase;

/// <summary>A comment on a case ("Comment On Case" returns its <c>id</c>; the rest of the shape is assumed).</summary>
public sealed class CaseComment
{
    internal CaseComment()
    {
    }

    /// <summary>The comment id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The text.</summary>
    public string Text { get; internal set; } = string.Empty;

    /// <summary>Who may see it.</summary>
    public CommentVisibility Visibility { get; internal set; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }

    /// <summary>Who added it.</summary>
    public CaseIdentity? CreatedBy { get; internal set; }
}
