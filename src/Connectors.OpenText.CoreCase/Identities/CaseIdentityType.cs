using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>The published <c>caseIdentityType</c>. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct CaseIdentityType(string Value) : IExtensibleEnum<CaseIdentityType>
{
    /// <summary>A person (<c>User</c>).</summary>
    public static CaseIdentityType User { get; } = new("User");

    /// <summary>A functional role: a team or queue (<c>FunctionalRole</c>).</summary>
    public static CaseIdentityType FunctionalRole { get; } = new("FunctionalRole");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static CaseIdentityType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
