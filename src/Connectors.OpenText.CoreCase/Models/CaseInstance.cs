using System.Text.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>A case instance. Build one in tests with <see cref="CoreCaseModelFactory.CaseInstance"/>.</summary>
public sealed class CaseInstance
{
    internal CaseInstance()
    {
    }

    /// <summary>The case id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The human-readable case number, e.g. <c>CASE-000042</c>.</summary>
    public string? CaseNumber { get; internal set; }

    /// <summary>The case type (definition) id.</summary>
    public string CaseTypeId { get; internal set; } = string.Empty;

    /// <summary>The case type's name, when the service includes it.</summary>
    public string? CaseTypeName { get; internal set; }

    /// <summary>The case configuration id.</summary>
    public string? CaseConfigId { get; internal set; }

    /// <summary>The status.</summary>
    public CaseStatus Status { get; internal set; }

    /// <summary>The title (<c>caseTitle</c>).</summary>
    public string Title { get; internal set; } = string.Empty;

    /// <summary>The summary.</summary>
    public string? Summary { get; internal set; }

    /// <summary>The priority, if set.</summary>
    public CasePriority? Priority { get; internal set; }

    /// <summary>The category, if set.</summary>
    public string? Category { get; internal set; }

    /// <summary>The due date, if set.</summary>
    public DateTimeOffset? DueDate { get; internal set; }

    /// <summary>The case type's own attributes (everything in <c>defaultAttributes</c> besides the known ones).</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomAttributes { get; internal set; } = new Dictionary<string, JsonElement>();

    /// <summary>References to records in other systems (store orders, partner threads, jobs).</summary>
    public IReadOnlyList<ExternalReference> ExternalReferences { get; internal set; } = [];

    /// <summary>The user or group (queue) the case is assigned to.</summary>
    public CaseAssignee? Assignee { get; internal set; }

    /// <summary>When the case was created.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }

    /// <summary>When the case last changed.</summary>
    public DateTimeOffset LastUpdatedOn { get; internal set; }

    /// <summary>The version, incremented on every change.</summary>
    public long Version { get; internal set; }

    /// <summary>The entity tag to pass as <see cref="UpdateCaseOptions.IfMatch"/> for an optimistic update.</summary>
    public string ETag => $"\"{Version}\"";
}

/// <summary>A reference from a case to a record in another system.</summary>
/// <param name="System">The other system, e.g. <c>bigcommerce:store-abc</c>.</param>
/// <param name="Id">The record's id there, e.g. <c>order:100:payment-declined</c>.</param>
public sealed record ExternalReference(string System, string Id);

/// <summary>The user or group a case or task is assigned to.</summary>
/// <param name="Type">User or group.</param>
/// <param name="Id">The user or group id.</param>
public sealed record CaseAssignee(AssigneeType Type, string Id)
{
    /// <summary>A user.</summary>
    /// <param name="id">The user id.</param>
    public static CaseAssignee User(string id) => new(AssigneeType.User, id);

    /// <summary>A group or queue.</summary>
    /// <param name="id">The group id.</param>
    public static CaseAssignee Group(string id) => new(AssigneeType.Group, id);
}

/// <summary>The result of <see cref="CaseService.FindOrCreateAsync"/>.</summary>
/// <param name="Case">The case found or created.</param>
/// <param name="Created">Whether this call created it.</param>
public sealed record FindOrCreateCaseResult(CaseInstance Case, bool Created);
