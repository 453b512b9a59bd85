using System.Text.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>Builds output models for users' tests and mocks.</summary>
public static class CoreCaseModelFactory
{
    /// <summary>A case instance.</summary>
    /// <param name="id">Id.</param>
    /// <param name="title">Title.</param>
    /// <param name="status">Status; open when omitted.</param>
    /// <param name="caseTypeId">Case type id.</param>
    /// <param name="caseNumber">Case number.</param>
    /// <param name="priority">Priority.</param>
    /// <param name="externalReferences">External references.</param>
    /// <param name="assignee">Assignee.</param>
    /// <param name="createdOn">Creation time.</param>
    /// <param name="version">Version.</param>
    /// <param name="customAttributes">Custom attributes.</param>
    public static CaseInstance CaseInstance(
        string id,
        string title,
        CaseStatus? status = null,
        string caseTypeId = "case-type",
        string? caseNumber = null,
        CasePriority? priority = null,
        IReadOnlyList<ExternalReference>? externalReferences = null,
        CaseAssignee? assignee = null,
        DateTimeOffset createdOn = default,
        long version = 1,
        IReadOnlyDictionary<string, JsonElement>? customAttributes = null) => new()
    {
        Id = id,
        Title = title,
        Status = status ?? CaseStatus.Open,
        CaseTypeId = caseTypeId,
        CaseNumber = caseNumber,
        Priority = priority,
        ExternalReferences = externalReferences ?? [],
        Assignee = assignee,
        CreatedOn = createdOn,
        LastUpdatedOn = createdOn,
        Version = version,
        CustomAttributes = customAttributes ?? new Dictionary<string, JsonElement>(),
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
    /// <param name="sourceCaseId">Source case.</param>
    /// <param name="targetCaseId">Target case.</param>
    /// <param name="relationType">Relation; related when omitted.</param>
    public static CaseLink CaseLink(string id, string sourceCaseId, string targetCaseId, CaseRelationType? relationType = null)
        => new() { Id = id, SourceCaseId = sourceCaseId, TargetCaseId = targetCaseId, RelationType = relationType ?? CaseRelationType.Related };

    /// <summary>A history or feed event.</summary>
    /// <param name="id">Id.</param>
    /// <param name="caseId">Case id.</param>
    /// <param name="type">Type.</param>
    /// <param name="occurredOn">When.</param>
    /// <param name="sequence">Feed position.</param>
    /// <param name="fromStatus">Previous status (status changes).</param>
    /// <param name="toStatus">New status (status changes).</param>
    public static CaseEvent CaseEvent(
        string id, string caseId, CaseEventType type, DateTimeOffset occurredOn, long sequence = 0, CaseStatus? fromStatus = null, CaseStatus? toStatus = null)
        => new() { Id = id, CaseId = caseId, Type = type, OccurredOn = occurredOn, Sequence = sequence, FromStatus = fromStatus, ToStatus = toStatus };

    /// <summary>A case type.</summary>
    /// <param name="id">Id.</param>
    /// <param name="name">Name.</param>
    /// <param name="caseConfigId">Configuration id.</param>
    /// <param name="stages">Stages.</param>
    public static CaseType CaseType(string id, string name, string? caseConfigId = null, IReadOnlyList<CaseStage>? stages = null)
        => new() { Id = id, Name = name, CaseConfigId = caseConfigId, Stages = stages ?? [] };
}
