namespace Connectors.OpenText.TradingGrid;

/// <summary>A post in a thread, as read back from Trading Grid.</summary>
public sealed class CommunityPost
{
    /// <summary>The post id.</summary>
    public required string PostId { get; init; }

    /// <summary>The thread.</summary>
    public required string ThreadId { get; init; }

    /// <summary>The text.</summary>
    public required string Body { get; init; }

    /// <summary>Who can read it.</summary>
    public PostVisibility Visibility { get; init; }

    /// <summary>The post this replies to, if any.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The author.</summary>
    public CommunityAuthor? Author { get; init; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Documents attached to the post.</summary>
    public IReadOnlyList<string> DocumentIds { get; init => field = value ?? []; } = [];

    /// <summary>Internal annotations; only internal posts carry them.</summary>
    public InternalPostData? Internal { get; init; }
}

/// <summary>Annotations that only the company's own users see.</summary>
public sealed class InternalPostData
{
    /// <summary>An internal note.</summary>
    public string? Note { get; init; }

    /// <summary>A reference to an internal case (e.g. a Core Case id).</summary>
    public string? CaseReference { get; init; }

    /// <summary>Internal tags.</summary>
    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];
}
