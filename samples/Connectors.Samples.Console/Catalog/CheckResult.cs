namespace Connectors.Samples.Catalog;

/// <summary>How a check ended.</summary>
public enum CheckStatus
{
    /// <summary>The flow ran and its effect was verified.</summary>
    Ok,

    /// <summary>The flow ran and its effect was missing or wrong, or the check threw.</summary>
    Failed,

    /// <summary>No recipe or no driver for the ID yet: nothing ran.</summary>
    NotWired,
}

/// <summary>What a check reports: a status and one line saying what happened.</summary>
/// <param name="Status">The status.</param>
/// <param name="Detail">What happened, in one line.</param>
public sealed record CheckResult(CheckStatus Status, string Detail)
{
    /// <summary>The effect was verified.</summary>
    /// <param name="detail">What happened.</param>
    public static CheckResult Ok(string detail) => new(CheckStatus.Ok, detail);

    /// <summary>The effect was missing or wrong.</summary>
    /// <param name="detail">What was expected and what was found.</param>
    public static CheckResult Failed(string detail) => new(CheckStatus.Failed, detail);

    /// <summary>Nothing ran.</summary>
    /// <param name="detail">What is missing.</param>
    public static CheckResult NotWired(string detail) => new(CheckStatus.NotWired, detail);
}

/// <summary>One line of the report.</summary>
/// <param name="Id">The catalog ID (or SMOKE).</param>
/// <param name="Description">The flow in one line.</param>
/// <param name="Result">What happened.</param>
public sealed record CheckOutcome(string Id, string Description, CheckResult Result);
