using System.Text.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>Builds output models for users' tests and mocks.</summary>
public static class CoreCaseModelFactory
{
    /// <summary>A case.</summary>
    /// <param name="caseRef">Where it lives (definition and id).</param>
    /// <param name="title">Title.</param>
    /// <param name="status">Status; open when omitted.</param>
    /// <param name="caseNumber">Case number.</param>
    /// <param name="priority">Priority.</param>
    /// <param name="externalReferences">External references.</param>
    /// <param name="assignee">Assignee.</param>
    /// <param name="createdOn">Creation time.</param>
    /// <param name="attributes">The case type's own attributes.</param>
    public static CaseInstance CaseInstance(
        CaseRef caseRef,
        string title,
        CaseStatus? status = null,
        string? caseNumber = null,
        CasePriority? priority = null,
        IReadOnlyList<ExternalReference>? externalReferences = null,
        CaseIdentity? assignee = null,
        DateTimeOffset createdOn = default,
        IReadOnlyDictionary<string, JsonElement>? attributes = null) => new()
    {
        Ref = caseRef ?? throw new ArgumentNullException(nameof(caseRef)),
        Title = title,
        Status = status ?? CaseStatus.Open,
        CaseNumber = caseNumber,
        Priority = priority,
        ExternalReferences = externalReferences ?? [],
        Assignee = assignee,
        CreatedOn = createdOn,
        LastUpdatedOn = createdOn,
        Attributes = attributes ?? new Dictionary<string, JsonElement>(),
    };

    /// <summary>A comment.</summary>
    /// <param name="id">Id.</param>
    /// <param name="text">Text.</param>
    /// <param name="visibility">Visibility; internal when omitted.</param>
    /// <param name="createdOn">Creation time.</param>
    public static CaseComment CaseComment(string id, string text, CommentVisibility? visibility = null, DateTimeOffset createdOn = default)
        => new() { Id = id, Text = text, Visibility = visibility ?? CommentVisibility.Internal, CreatedOn = createdOn };

    /// <summary>A task.</summary>
    /// <param name="id">Id.</param>
    /// <param name="name">Name.</param>
    /// <param name="status">Status; open when omitted.</param>
    /// <param name="outcome">Outcome.</param>
    public static CaseTask CaseTask(string id, string name, CaseTaskStatus? status = null, string? outcome = null)
        => new() { Id = id, Name = name, Status = status ?? CaseTaskStatus.Open, Outcome = outcome };

    /// <summary>An attachment.</summary>
    /// <param name="id">Id.</param>
    /// <param name="fileName">File name.</param>
    /// <param name="contentType">Content type.</param>
    /// <param name="size">Size in bytes.</param>
    public static CaseAttachment CaseAttachment(string id, string fileName, string contentType = "application/octet-stream", long size = 0)
        => new() { Id = id, FileName = fileName, ContentType = contentType, Size = size };

    /// <summary>A link.</summary>
    /// <param name="id">Id.</param>
    /// <param name="source">Source case.</param>
    /// <param name="target">Target case.</param>
    /// <param name="relationType">Relation; related when omitted.</param>
    public static CaseLink CaseLink(string id, CaseRef source, CaseRef target, CaseRelationType? relationType = null)
        => new() { Id = id, Source = source, Target = target, RelationType = relationType ?? CaseRelationType.Related };

    /// <summary>A history or feed event.</summary>
    /// <param name="id">Id.</param>
    /// <param name="case">The case.</param>
    /// <param name="type">Type.</param>
    /// <param name="occurredOn">When.</param>
    /// <param name="sequence">Feed position.</param>
    /// <param name="fromStatus">Previous status (status changes).</param>
    /// <param name="toStatus">New status (status changes).</param>
    public static CaseEvent CaseEvent(
        string id, CaseRef @case, CaseEventType type, DateTimeOffset occurredOn, long sequence = 0, CaseStatus? fromStatus = null, CaseStatus? toStatus = null)
        => new() { Id = id, Case = @case, Type = type, OccurredOn = occurredOn, Sequence = sequence, FromStatus = fromStatus, ToStatus = toStatus };

    /// <summary>A case definition.</summary>
    /// <param name="id">Id.</param>
    /// <param name="name">Name.</param>
    /// <param name="caseConfigId">Configuration id.</param>
    /// <param name="stages">Stages.</param>
    public static CaseDefinition CaseDefinition(string id, string name, string? caseConfigId = null, IReadOnlyList<CaseStage>? stages = null)
        => new() { Id = id, Name = name, CaseConfigId = caseConfigId, Stages = stages ?? [] };
}
