using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>A task's status. (assumed values.) Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct CaseTaskStatus(string Value) : IExtensibleEnum<CaseTaskStatus>
{
    /// <summary>Not done yet.</summary>
    public static CaseTaskStatus Open { get; } = new("OPEN");

    /// <summary>Done.</summary>
    public static CaseTaskStatus Completed { get; } = new("COMPLETED");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static CaseTaskStatus Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
