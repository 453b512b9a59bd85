namespace Connectors.OpenText.TradingGrid;

/// <summary>Who wrote a post, opened a thread or shared a document.</summary>
public sealed class CommunityAuthor
{
    /// <summary>The user id.</summary>
    public required string UserId { get; set; }

    /// <summary>The author's company id: the partner's or the company's own.</summary>
    public required string CompanyId { get; set; }

    /// <summary>The display name.</summary>
    public string? DisplayName { get; set; }
}
