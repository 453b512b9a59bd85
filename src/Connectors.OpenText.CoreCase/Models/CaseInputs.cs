using System.Text.Json.Nodes;

namespace Connectors.OpenText.CoreCase;

/// <summary>What a new case carries.</summary>
public sealed class CreateCaseOptions
{
    /// <summary>The case type (definition) id.</summary>
    public required string CaseTypeId { get; set; }

    /// <summary>The case configuration id; the service uses the type's when omitted.</summary>
    public string? CaseConfigId { get; set; }

    /// <summary>The title.</summary>
    public required string Title { get; set; }

    /// <summary>A summary.</summary>
    public string? Summary { get; set; }

    /// <summary>The priority.</summary>
    public CasePriority? Priority { get; set; }

    /// <summary>The category.</summary>
    public string? Category { get; set; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; set; }

    /// <summary>The case type's own attributes, e.g. <c>["clientName"] = "Bob"</c>.</summary>
    public IDictionary<string, JsonNode?> CustomAttributes { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>References to records in other systems; each one belongs to at most one case.</summary>
    public IList<ExternalReference> ExternalReferences { get; } = [];

    /// <summary>The first assignee (user or group/queue).</summary>
    public CaseAssignee? Assignee { get; set; }
}

/// <summary>Changes to a case's attributes; only what is set is sent.</summary>
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

    /// <summary>Custom attributes to set; a <c>null</c> value removes the attribute.</summary>
    public IDictionary<string, JsonNode?> CustomAttributes { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>Only update if the case still has this <see cref="CaseInstance.ETag"/>; a stale one fails with 412.</summary>
    public string? IfMatch { get; set; }
}

/// <summary>Filters for <see cref="CaseService.ListAsync"/>; all are optional and combine with AND.</summary>
public sealed class CaseQuery
{
    /// <summary>Any of these statuses.</summary>
    public IList<CaseStatus> Statuses { get; } = [];

    /// <summary>Of this case type.</summary>
    public string? CaseTypeId { get; set; }

    /// <summary>Assigned to this user or group id.</summary>
    public string? AssigneeId { get; set; }

    /// <summary>Created at or after this time.</summary>
    public DateTimeOffset? CreatedFrom { get; set; }

    /// <summary>Created before this time.</summary>
    public DateTimeOffset? CreatedTo { get; set; }

    /// <summary>Changed at or after this time (results then come oldest change first).</summary>
    public DateTimeOffset? ModifiedSince { get; set; }

    /// <summary>Carrying this external reference.</summary>
    public ExternalReference? ExternalReference { get; set; }
}

/// <summary>What a new task carries.</summary>
public sealed class NewCaseTask
{
    /// <summary>The name.</summary>
    public required string Name { get; set; }

    /// <summary>A description.</summary>
    public string? Description { get; set; }

    /// <summary>The assignee.</summary>
    public CaseAssignee? Assignee { get; set; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; set; }
}

/// <summary>Filters for the tenant-wide events feed.</summary>
public sealed class CaseEventQuery
{
    /// <summary>Events at or after this time (inclusive: drop ids you already handled).</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only this type, e.g. <see cref="CaseEventType.StatusChanged"/> for milestones.</summary>
    public CaseEventType? Type { get; set; }

    /// <summary>Only this case.</summary>
    public string? CaseId { get; set; }
}
