namespace Connectors.OpenText.TradingGrid;

/// <summary>A discussion thread in a partner's space.</summary>
public sealed class CommunityThread
{
    /// <summary>The thread id.</summary>
    public required string ThreadId { get; set; }

    /// <summary>The space it belongs to.</summary>
    public required string SpaceId { get; set; }

    /// <summary>The partner of the space.</summary>
    public required string PartnerCompanyId { get; set; }

    /// <summary>The title.</summary>
    public required string Title { get; set; }

    /// <summary>The category, e.g. <c>Dispute</c>, <c>Claim</c>, <c>Question</c>.</summary>
    public string? Category { get; set; }

    /// <summary>Open or resolved.</summary>
    public ThreadStatus Status { get; set; }

    /// <summary>Who opened it.</summary>
    public CommunityAuthor? CreatedBy { get; set; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it last changed (new post, status).</summary>
    public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>When it was resolved, if it is.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The resolution summary, visible to the partner.</summary>
    public string? Resolution { get; set; }

    /// <summary>How many posts it holds.</summary>
    public int PostCount { get; set; }
}
