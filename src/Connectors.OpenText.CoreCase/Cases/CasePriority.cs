using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>A case's priority. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct CasePriority(string Value) : IExtensibleEnum<CasePriority>
{
    /// <summary>Low.</summary>
    public static CasePriority Low { get; } = new("LOW");

    /// <summary>Medium.</summary>
    public static CasePriority Medium { get; } = new("MEDIUM");

    /// <summary>High.</summary>
    public static CasePriority High { get; } = new("HIGH");

    /// <summary>Critical.</summary>
    public static CasePriority Critical { get; } = new("CRITICAL");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static CasePriority Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
