using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>How two linked cases relate. (assumed values.) Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct CaseRelationType(string Value) : IExtensibleEnum<CaseRelationType>
{
    /// <summary>Related.</summary>
    public static CaseRelationType Related { get; } = new("RELATED");

    /// <summary>The target is the parent.</summary>
    public static CaseRelationType Parent { get; } = new("PARENT");

    /// <summary>The target is a child.</summary>
    public static CaseRelationType Child { get; } = new("CHILD");

    /// <summary>The target duplicates this case.</summary>
    public static CaseRelationType Duplicate { get; } = new("DUPLICATE");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static CaseRelationType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
