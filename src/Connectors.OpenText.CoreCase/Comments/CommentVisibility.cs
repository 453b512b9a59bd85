using Connectors.Core.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>Who may see a comment (assumed values). Unknown values the service adds later are kept, not rejected.</summary>
/// <param name="Value">The value as the service spells it.</param>
public readonly record struct CommentVisibility(string Value) : IExtensibleEnum<CommentVisibility>
{
    /// <summary>Case workers only; never sent to customers or partners.</summary>
    public static CommentVisibility Internal { get; } = new("INTERNAL");

    /// <summary>May be shared outside (customer, partner).</summary>
    public static CommentVisibility Shared { get; } = new("SHARED");

    /// <summary>Creates a value from the service's text.</summary>
    /// <param name="value">The text.</param>
    public static CommentVisibility Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
