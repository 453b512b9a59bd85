using System.Collections.ObjectModel;
using System.Text.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>A case. Build one in tests with <see cref="CoreCaseModelFactory.CaseInstance"/>.</summary>
public sealed class CaseInstance
{
    internal CaseInstance()
    {
    }

    /// <summary>Where the case lives (definition and id): pass it to every call about this case.</summary>
    public CaseRef Ref { get; internal set; } = null!;

    /// <summary>The case id (<see cref="CaseRef.CaseId"/> of <see cref="Ref"/>).</summary>
    public string Id => Ref.CaseId;

    /// <summary>The case definition id (<c>caseType.id</c>; <see cref="CaseRef.CaseDefinitionId"/> of <see cref="Ref"/>).</summary>
    public string CaseDefinitionId => Ref.CaseDefinitionId;

    /// <summary>The case definition's name, when the service includes it.</summary>
    public string? CaseDefinitionName { get; internal set; }

    /// <summary>The human-readable case number (assumed field <c>caseNumber</c>, from the definition's <c>caseIdGenerator</c>).</summary>
    public string? CaseNumber { get; internal set; }

    /// <summary>The case configuration id (<c>caseConfigId</c>).</summary>
    public string? CaseConfigId { get; internal set; }

    /// <summary>The status (assumed field <c>status</c>; <see langword="null"/> when the service does not send it).</summary>
    public CaseStatus? Status { get; internal set; }

    /// <summary>The title (<c>caseProperties.defaultAttributes.caseTitle</c>).</summary>
    public string Title { get; internal set; } = string.Empty;

    /// <summary>The summary (<c>caseProperties.defaultAttributes.summary</c>).</summary>
    public string? Summary { get; internal set; }

    /// <summary>The priority (assumed attribute <c>priority</c>), if set.</summary>
    public CasePriority? Priority { get; internal set; }

    /// <summary>The category (assumed attribute <c>category</c>), if set.</summary>
    public string? Category { get; internal set; }

    /// <summary>The due date (assumed attribute <c>dueDate</c>), if set.</summary>
    public DateTimeOffset? DueDate { get; internal set; }

    /// <summary>
    /// The case type's own attributes: everything in <c>caseProperties.defaultAttributes</c> besides the ones above and
    /// the audit fields (e.g. <c>clientName</c> in OpenText's example).
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; internal set; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>The case's <c>caseProperties.customAttributes</c>, as sent.</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomAttributes { get; internal set; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>References to records in other systems (assumed attribute <c>externalReferences</c>).</summary>
    public IReadOnlyList<ExternalReference> ExternalReferences { get; internal set; } = [];

    /// <summary>The user or functional role the case is assigned to (assumed field <c>assignee</c>).</summary>
    public CaseIdentity? Assignee { get; internal set; }

    /// <summary>Who created the case (<c>defaultAttributes.createdByUser</c>).</summary>
    public CaseIdentity? CreatedBy { get; internal set; }

    /// <summary>Who last changed the case (<c>defaultAttributes.lastUpdatedByUser</c>).</summary>
    public CaseIdentity? LastUpdatedBy { get; internal set; }

    /// <summary>When the case was created (<c>createdOn</c>).</summary>
    public DateTimeOffset CreatedOn { get; internal set; }

    /// <summary>When the case last changed (<c>lastUpdatedOn</c>).</summary>
    public DateTimeOffset LastUpdatedOn { get; internal set; }
}
