namespace Connectors.OpenText.TradingGrid;

/// <summary>A post in a thread, as read back from Trading Grid.</summary>
public sealed class CommunityPost
{
    /// <summary>The post id.</summary>
    public required string PostId { get; set; }

    /// <summary>The thread.</summary>
    public required string ThreadId { get; set; }

    /// <summary>The text.</summary>
    public required string Body { get; set; }

    /// <summary>Who can read it.</summary>
    public PostVisibility Visibility { get; set; }

    /// <summary>The post this replies to, if any.</summary>
    public string? InReplyTo { get; set; }

    /// <summary>The author.</summary>
    public CommunityAuthor? Author { get; set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Documents attached to the post.</summary>
    public IReadOnlyList<string> DocumentIds { get; set => field = value ?? []; } = [];

    /// <summary>Internal annotations; only internal posts carry them.</summary>
    public InternalPostData? Internal { get; set; }
}

/// <summary>Annotations that only the company's own users see.</summary>
public sealed class InternalPostData
{
    /// <summary>An internal note.</summary>
    public string? Note { get; set; }

    /// <summary>A reference to an internal case (e.g. a Core Case id).</summary>
    public string? CaseReference { get; set; }

    /// <summary>Internal tags.</summary>
    public IReadOnlyList<string> Tags { get; set => field = value ?? []; } = [];
}
