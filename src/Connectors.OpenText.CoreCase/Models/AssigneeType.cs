using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>What a case or task is assigned to. Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct AssigneeType(string Value) : IExtensibleEnum<AssigneeType>
{
    /// <summary>A person.</summary>
    public static AssigneeType User { get; } = new("USER");

    /// <summary>A group or queue.</summary>
    public static AssigneeType Group { get; } = new("GROUP");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static AssigneeType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
