using System.Text.Json.Nodes;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// A case definition known to the emulator, in the fields of OpenText's published definition DTO
/// (<c>CaseInstanceDTO.json</c>: <c>id</c>, <c>name</c>, <c>description</c>, <c>classification</c>, <c>caseIdGenerator</c>)
/// plus the <c>caseConfigId</c> the definition calls return.
/// </summary>
/// <param name="Id">The definition id (the path's <c>{caseDefinitionId}</c>, a case's <c>caseType.id</c>).</param>
/// <param name="Name">Name.</param>
/// <param name="CaseConfigId">The configuration id cases are created with.</param>
/// <param name="Prefix">The case-number prefix (<c>caseIdGenerator.prefix</c>).</param>
/// <param name="Stages">Stage names, in order (stages exist, "Create Stage"; their shape is assumed).</param>
public sealed record EmulatedCaseDefinition(string Id, string Name, string CaseConfigId, string Prefix, IReadOnlyList<string> Stages)
{
    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The classification name.</summary>
    public string? Classification { get; init; }

    /// <summary>The case-number suffix (<c>caseIdGenerator.suffix</c>).</summary>
    public string? Suffix { get; init; }
}

/// <summary>A reference from a case to a record in another system (assumed attribute <c>externalReferences</c>).</summary>
/// <param name="System">The other system, e.g. <c>bigcommerce:store-abc</c>.</param>
/// <param name="Id">The record's id in that system.</param>
public sealed record EmulatedExternalReference(string System, string Id);

/// <summary>A user or functional role in the published identity shape (<c>{id, caseIdentityType}</c>).</summary>
/// <param name="Id">The identity id.</param>
/// <param name="IdentityType"><c>User</c> or <c>FunctionalRole</c>.</param>
public sealed record EmulatedIdentity(string Id, string IdentityType);

/// <summary>A case held by the emulator; it changes only under the state's lock, so read it in tests after the calls complete.</summary>
public sealed class EmulatedCase
{
    /// <summary>Case id.</summary>
    public required string Id { get; init; }

    /// <summary>Owning tenant (from the caller's token).</summary>
    public required string TenantId { get; init; }

    /// <summary>The definition the case lives under.</summary>
    public required string CaseDefinitionId { get; init; }

    /// <summary>Human-readable case number (assumed field).</summary>
    public required string CaseNumber { get; init; }

    /// <summary>Case configuration id.</summary>
    public required string CaseConfigId { get; init; }

    /// <summary>Current status (assumed).</summary>
    public string Status { get; internal set; } = CoreCaseStatuses.Open;

    /// <summary>
    /// The case's <c>caseProperties.defaultAttributes</c> as written by clients (title, summary, the case type's own
    /// attributes); the audit fields are added when the case is rendered.
    /// </summary>
    public JsonObject Attributes { get; internal set; } = [];

    /// <summary>The case's <c>caseProperties.customAttributes</c>.</summary>
    public JsonObject CustomAttributes { get; internal set; } = [];

    /// <summary>The external references in <see cref="Attributes"/>.</summary>
    public IReadOnlyList<EmulatedExternalReference> ExternalReferences => CoreCaseAttributes.References(Attributes);

    /// <summary>Current assignee (assumed field), if any.</summary>
    public EmulatedIdentity? Assignee { get; internal set; }

    /// <summary>Who created the case (the token's client).</summary>
    public required EmulatedIdentity CreatedBy { get; init; }

    /// <summary>Who last changed the case.</summary>
    public EmulatedIdentity? LastUpdatedBy { get; internal set; }

    /// <summary>Creation time.</summary>
    public DateTimeOffset CreatedOn { get; init; }

    /// <summary>Last change time.</summary>
    public DateTimeOffset LastUpdatedOn { get; internal set; }

    /// <summary>Creation order, for stable sorting.</summary>
    internal long Sequence { get; init; }

    /// <summary>Comments on the case.</summary>
    public List<EmulatedComment> Comments { get; } = [];

    /// <summary>Tasks on the case.</summary>
    public List<EmulatedTask> Tasks { get; } = [];

    /// <summary>Attachments on the case (from the create-with-attachments form or uploads).</summary>
    public List<EmulatedAttachment> Attachments { get; } = [];

    /// <summary>Links from this case to others.</summary>
    public List<EmulatedLink> Links { get; } = [];
}

/// <summary>A comment on a case (assumed shape).</summary>
/// <param name="Id">Comment id.</param>
/// <param name="Text">Text.</param>
/// <param name="Visibility"><c>INTERNAL</c> or <c>SHARED</c>.</param>
/// <param name="CreatedOn">When it was added.</param>
public sealed record EmulatedComment(string Id, string Text, string Visibility, DateTimeOffset CreatedOn);

/// <summary>A task on a case (assumed shape).</summary>
public sealed class EmulatedTask
{
    /// <summary>Task id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Assignee.</summary>
    public EmulatedIdentity? Assignee { get; init; }

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

/// <summary>A link between two cases (assumed shape).</summary>
/// <param name="Id">Link id.</param>
/// <param name="SourceCaseDefinitionId">The definition of the case the link was added to.</param>
/// <param name="SourceCaseId">The case the link was added to.</param>
/// <param name="TargetCaseDefinitionId">The definition of the linked case.</param>
/// <param name="TargetCaseId">The linked case.</param>
/// <param name="RelationType"><c>RELATED</c>, <c>PARENT</c>, <c>CHILD</c> or <c>DUPLICATE</c>.</param>
/// <param name="CreatedOn">When it was added.</param>
public sealed record EmulatedLink(
    string Id, string SourceCaseDefinitionId, string SourceCaseId, string TargetCaseDefinitionId, string TargetCaseId, string RelationType, DateTimeOffset CreatedOn);

/// <summary>A history event (also served tenant-wide by the assumed events feed).</summary>
/// <param name="Id">Event id.</param>
/// <param name="Sequence">Tenant-wide, strictly increasing position.</param>
/// <param name="TenantId">Tenant.</param>
/// <param name="CaseDefinitionId">The case's definition.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Type">E.g. <c>CASE_CREATED</c>, <c>STATUS_CHANGED</c>.</param>
/// <param name="OccurredOn">When.</param>
/// <param name="Data">Event details.</param>
public sealed record EmulatedEvent(string Id, long Sequence, string TenantId, string CaseDefinitionId, string CaseId, string Type, DateTimeOffset OccurredOn, JsonObject Data);
