using System.Text.Json.Nodes;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// What a new case carries. Sent as OpenText's published create body: <c>{caseType: {id}, caseConfigId,
/// caseProperties: {defaultAttributes: {caseTitle, summary, …the case type's own attributes}}}</c>.
/// </summary>
public sealed class CreateCaseOptions
{
    /// <summary>The case definition the case belongs to (the path's definition and <c>caseType.id</c>).</summary>
    public required string CaseDefinitionId { get; set; }

    /// <summary>The case configuration id (<c>caseConfigId</c>, returned by the definition calls); left out when <see langword="null"/>.</summary>
    public string? CaseConfigId { get; set; }

    /// <summary>The title (<c>caseTitle</c>).</summary>
    public required string Title { get; set; }

    /// <summary>A summary (<c>summary</c>).</summary>
    public string? Summary { get; set; }

    /// <summary>The priority (assumed attribute <c>priority</c>).</summary>
    public CasePriority? Priority { get; set; }

    /// <summary>The category (assumed attribute <c>category</c>).</summary>
    public string? Category { get; set; }

    /// <summary>The due date (assumed attribute <c>dueDate</c>).</summary>
    public DateTimeOffset? DueDate { get; set; }

    /// <summary>The case type's own attributes, written next to <c>caseTitle</c>, e.g. <c>["clientName"] = "Bob"</c>.</summary>
    public IDictionary<string, JsonNode?> Attributes { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>References to records in other systems (assumed attribute <c>externalReferences</c>); each belongs to at most one case.</summary>
    public IList<ExternalReference> ExternalReferences { get; } = [];

    /// <summary>
    /// The first assignee. The published create body has no assignee, so the client assigns the new case in a second
    /// call (the assumed assignment route of <see cref="CaseService.AssignAsync"/>).
    /// </summary>
    public CaseIdentity? Assignee { get; set; }
}
