namespace Connectors.Emulators.CoreCase;

/// <summary>The case statuses and the lawful transitions between them.</summary>
public static class CoreCaseStatuses
{
    /// <summary>New case.</summary>
    public const string Open = "OPEN";

    /// <summary>Being worked.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>Waiting for the customer or partner.</summary>
    public const string AwaitingInformation = "AWAITING_INFORMATION";

    /// <summary>Outcome reached.</summary>
    public const string Resolved = "RESOLVED";

    /// <summary>Finished.</summary>
    public const string Closed = "CLOSED";

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [Open] = [InProgress],
        [InProgress] = [AwaitingInformation, Resolved],
        [AwaitingInformation] = [InProgress, Resolved],
        [Resolved] = [Closed, InProgress],
        [Closed] = [Open],
    };

    /// <summary>Whether <paramref name="status"/> is a known status.</summary>
    /// <param name="status">The status.</param>
    public static bool IsKnown(string status) => Allowed.ContainsKey(status);

    /// <summary>The statuses reachable from <paramref name="from"/>.</summary>
    /// <param name="from">The current status.</param>
    public static IReadOnlyList<string> Next(string from) => Allowed.TryGetValue(from, out var next) ? next : [];

    /// <summary>Whether moving from <paramref name="from"/> to <paramref name="to"/> is lawful.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="to">Target status.</param>
    public static bool IsLawful(string from, string to) => Next(from).Contains(to, StringComparer.Ordinal);
}
