using System.Globalization;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Where a poll of the events feed resumes: the newest event time seen and the ids seen at exactly that time
/// (the feed's <c>since</c> bound is inclusive). Store it with <see cref="ToString"/>, read it back with <see cref="Parse"/>.
/// </summary>
/// <param name="Since">The newest event time handled.</param>
/// <param name="SeenIds">Ids of events at <paramref name="Since"/> already handled.</param>
public sealed record CaseEventCheckpoint(DateTimeOffset Since, IReadOnlyList<string> SeenIds)
{
    /// <summary>A checkpoint that starts at <paramref name="since"/> with nothing handled yet.</summary>
    /// <param name="since">The first instant of interest.</param>
    public static CaseEventCheckpoint StartAt(DateTimeOffset since) => new(since, []);

    /// <summary>Reads a checkpoint written by <see cref="ToString"/>.</summary>
    /// <param name="text">The stored text.</param>
    public static CaseEventCheckpoint Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var parts = text.Split('|', 2);
        var since = DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new CaseEventCheckpoint(since, parts.Length < 2 || parts[1].Length == 0 ? [] : parts[1].Split(','));
    }

    /// <summary>The checkpoint as one line: <c>{since:O}|{id},{id}</c>.</summary>
    public override string ToString() => $"{Since.ToString("O", CultureInfo.InvariantCulture)}|{string.Join(',', SeenIds)}";
}

/// <summary>The new events of one poll and the checkpoint to resume from.</summary>
/// <param name="Events">New events, oldest first.</param>
/// <param name="Next">The checkpoint after these events.</param>
public sealed record CaseEventBatch(IReadOnlyList<CaseEvent> Events, CaseEventCheckpoint Next);
