namespace Connectors.OpenText.TradingGrid;

/// <summary>A collaboration space shared with one partner.</summary>
public sealed class CommunitySpace
{
    /// <summary>The space id.</summary>
    public required string SpaceId { get; set; }

    /// <summary>The space's name.</summary>
    public string? Name { get; set; }

    /// <summary>The partner the space is shared with.</summary>
    public required string PartnerCompanyId { get; set; }

    /// <summary>When the space was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
