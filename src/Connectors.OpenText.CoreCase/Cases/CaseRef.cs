using System.Diagnostics.CodeAnalysis;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// Where a case lives: Core Case addresses every case by its definition <em>and</em> its id
/// (<c>api/v1/case-definitions/{caseDefinitionId}/cases/{caseId}</c>), so every call about a case takes one of these.
/// Get it from <see cref="CaseInstance.Ref"/>; store it as text with <see cref="ToString"/> (<c>{definition}/{case}</c>)
/// and read it back with <see cref="Parse"/>.
/// </summary>
public sealed record CaseRef
{
    /// <summary>Creates a reference.</summary>
    /// <param name="caseDefinitionId">The case definition id (the case's <c>caseType.id</c>).</param>
    /// <param name="caseId">The case id.</param>
    /// <exception cref="ArgumentException">Either id is empty or contains a <c>/</c>.</exception>
    public CaseRef(string caseDefinitionId, string caseId)
    {
        CaseDefinitionId = Check(caseDefinitionId, nameof(caseDefinitionId));
        CaseId = Check(caseId, nameof(caseId));
    }

    /// <summary>The case definition id.</summary>
    public string CaseDefinitionId { get; }

    /// <summary>The case id.</summary>
    public string CaseId { get; }

    /// <summary>Reads a reference written by <see cref="ToString"/>.</summary>
    /// <param name="text"><c>{caseDefinitionId}/{caseId}</c>.</param>
    /// <exception cref="FormatException">The text is not a case reference.</exception>
    public static CaseRef Parse(string text)
        => TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not a case reference ({{caseDefinitionId}}/{{caseId}}).");

    /// <summary>Reads a reference written by <see cref="ToString"/>.</summary>
    /// <param name="text"><c>{caseDefinitionId}/{caseId}</c>.</param>
    /// <param name="result">The reference, when the text is one.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CaseRef? result)
    {
        result = null;
        var parts = text?.Split('/');
        if (parts is not [{ Length: > 0 } definition, { Length: > 0 } id] || string.IsNullOrWhiteSpace(definition) || string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        result = new CaseRef(definition, id);
        return true;
    }

    /// <summary><c>{caseDefinitionId}/{caseId}</c>.</summary>
    public override string ToString() => $"{CaseDefinitionId}/{CaseId}";

    private static string Check(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.Contains('/', StringComparison.Ordinal) ? throw new ArgumentException("A Core Case id has no '/'.", name) : value;
    }
}
