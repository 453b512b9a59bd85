using System.Text.Json.Nodes;

namespace Connectors.OpenText.CoreCase;

/// <summary>Changes to a case's data (<c>PUT …/case-data</c>); only what is set changes, everything else is kept.</summary>
public sealed class UpdateCaseOptions
{
    /// <summary>A new title.</summary>
    public string? Title { get; set; }

    /// <summary>A new summary.</summary>
    public string? Summary { get; set; }

    /// <summary>A new priority.</summary>
    public CasePriority? Priority { get; set; }

    /// <summary>A new category.</summary>
    public string? Category { get; set; }

    /// <summary>A new due date.</summary>
    public DateTimeOffset? DueDate { get; set; }

    /// <summary>Case type attributes (<c>defaultAttributes</c>) to set; a <see langword="null"/> value clears the attribute.</summary>
    public IDictionary<string, JsonNode?> Attributes { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>Entries of <c>customAttributes</c> to set; a <see langword="null"/> value clears the entry.</summary>
    public IDictionary<string, JsonNode?> CustomAttributes { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
}
