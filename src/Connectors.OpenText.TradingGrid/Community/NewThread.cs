namespace Connectors.OpenText.TradingGrid;

/// <summary>A thread to open in a partner's space, with its first post.</summary>
/// <param name="Title">The title.</param>
/// <param name="FirstPost">The first post; a <see cref="PartnerPost"/> for a conversation with the partner.</param>
public sealed record NewThread(string Title, NewPost FirstPost)
{
    /// <summary>The category, e.g. <c>Dispute</c>, <c>Claim</c>, <c>Question</c>, <c>Status</c>.</summary>
    public string? Category { get; init; }
}
