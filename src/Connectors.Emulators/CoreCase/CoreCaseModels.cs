using System.Text.Json.Nodes;

namespace Connectors.Emulators.CoreCase;

/// <summary>A case definition (case type) known to the emulator.</summary>
/// <param name="Id">The case type id (<c>caseType.id</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="CaseConfigId">The configuration id a case of this type is created with.</param>
/// <param name="Prefix">The case-number prefix (<c>caseIdGenerator.prefix</c>).</param>
/// <param name="Stages">Stage names, in order.</param>
public sealed record EmulatedCaseType(string Id, string Name, string CaseConfigId, string Prefix, IReadOnlyList<string> Stages);

/// <summary>A reference from a case to a record in another system (e.g. a store's order).</summary>
/// <param name="System">The other system, e.g. <c>bigcommerce:store-abc</c>.</param>
/// <param name="Id">The record's id in that system.</param>
public sealed record EmulatedExternalReference(string System, string Id);

/// <summary>Who a case or task is assigned to.</summary>
/// <param name="Type"><c>USER</c> or <c>GROUP</c>.</param>
/// <param name="Id">User or group id.</param>
public sealed record EmulatedAssignee(string Type, string Id);

/// <summary>A case instance held by the emulator; it changes only under the state's lock, so read it in tests after the calls complete.</summary>
public sealed class EmulatedCase
{
    /// <summary>Case id.</summary>
    public required string Id { get; init; }

    /// <summary>Owning tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>Human-readable case number.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>Case type id.</summary>
    public required string CaseTypeId { get; init; }

    /// <summary>Case configuration id.</summary>
    public required string CaseConfigId { get; init; }

    /// <summary>Current status.</summary>
    public string Status { get; internal set; } = "OPEN";

    /// <summary>The case's <c>defaultAttributes</c> (title, summary, priority, category, due date, custom ones).</summary>
    public JsonObject Attributes { get; internal set; } = [];

    /// <summary>External references.</summary>
    public IReadOnlyList<EmulatedExternalReference> ExternalReferences { get; internal set; } = [];

    /// <summary>Current assignee, if any.</summary>
    public EmulatedAssignee? Assignee { get; internal set; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedOn { get; init; }

    /// <summary>Last change time.</summary>
    public DateTimeOffset LastUpdatedOn { get; internal set; }

    /// <summary>Version, incremented on every change (the ETag).</summary>
    public long Version { get; internal set; } = 1;

    /// <summary>Creation order, for stable sorting.</summary>
    internal long Sequence { get; init; }

    /// <summary>Comments on the case.</summary>
    public List<EmulatedComment> Comments { get; } = [];

    /// <summary>Tasks on the case.</summary>
    public List<EmulatedTask> Tasks { get; } = [];

    /// <summary>Attachments on the case.</summary>
    public List<EmulatedAttachment> Attachments { get; } = [];

    /// <summary>Links from this case to others.</summary>
    public List<EmulatedLink> Links { get; } = [];
}

/// <summary>A comment (note) on a case.</summary>
/// <param name="Id">Comment id.</param>
/// <param name="Text">Text.</param>
/// <param name="Visibility"><c>INTERNAL</c> or <c>SHARED</c>.</param>
/// <param name="CreatedOn">When it was added.</param>
public sealed record EmulatedComment(string Id, string Text, string Visibility, DateTimeOffset CreatedOn);

/// <summary>A task on a case.</summary>
public sealed class EmulatedTask
{
    /// <summary>Task id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Assignee.</summary>
    public EmulatedAssignee? Assignee { get; init; }

    /// <summary>Due date.</summary>
    public DateTimeOffset? DueDate { get; init; }

    /// <summary><c>OPEN</c> or <c>COMPLETED</c>.</summary>
    public string Status { get; internal set; } = "OPEN";

    /// <summary>Outcome given at completion.</summary>
    public string? Outcome { get; internal set; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedOn { get; init; }

    /// <summary>Completion time.</summary>
    public DateTimeOffset? CompletedOn { get; internal set; }
}

/// <summary>A document attached to a case.</summary>
/// <param name="Id">Attachment id.</param>
/// <param name="FileName">File name.</param>
/// <param name="MimeType">Content type.</param>
/// <param name="Content">The bytes received.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="CreatedOn">Upload time.</param>
public sealed record EmulatedAttachment(string Id, string FileName, string MimeType, byte[] Content, string Sha256, DateTimeOffset CreatedOn);

/// <summary>A link between two cases.</summary>
/// <param name="Id">Link id.</param>
/// <param name="SourceCaseId">The case the link was added to.</param>
/// <param name="TargetCaseId">The linked case.</param>
/// <param name="RelationType"><c>RELATED</c>, <c>PARENT</c>, <c>CHILD</c> or <c>DUPLICATE</c>.</param>
/// <param name="CreatedOn">When it was added.</param>
public sealed record EmulatedLink(string Id, string SourceCaseId, string TargetCaseId, string RelationType, DateTimeOffset CreatedOn);

/// <summary>A history/timeline event (also served tenant-wide by the events feed).</summary>
/// <param name="Id">Event id.</param>
/// <param name="Sequence">Tenant-wide, strictly increasing position.</param>
/// <param name="TenantId">Tenant.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Type">E.g. <c>CASE_CREATED</c>, <c>STATUS_CHANGED</c>.</param>
/// <param name="OccurredOn">When.</param>
/// <param name="Data">Event details.</param>
public sealed record EmulatedEvent(string Id, long Sequence, string TenantId, string CaseId, string Type, DateTimeOffset OccurredOn, JsonObject Data);
