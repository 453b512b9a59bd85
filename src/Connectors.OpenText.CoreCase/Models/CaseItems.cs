using System.Text.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>A comment (note) on a case.</summary>
public sealed class CaseComment
{
    internal CaseComment()
    {
    }

    /// <summary>The comment id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The text.</summary>
    public string Text { get; internal set; } = string.Empty;

    /// <summary>Who may see it.</summary>
    public CommentVisibility Visibility { get; internal set; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }

    /// <summary>Who added it.</summary>
    public string? CreatedBy { get; internal set; }
}

/// <summary>A task on a case.</summary>
public sealed class CaseTask
{
    internal CaseTask()
    {
    }

    /// <summary>The task id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>Open or completed.</summary>
    public CaseTaskStatus Status { get; internal set; }

    /// <summary>The assignee.</summary>
    public CaseAssignee? Assignee { get; internal set; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; internal set; }

    /// <summary>The outcome given at completion.</summary>
    public string? Outcome { get; internal set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }

    /// <summary>When it was completed.</summary>
    public DateTimeOffset? CompletedOn { get; internal set; }
}

/// <summary>A document attached to a case.</summary>
public sealed class CaseAttachment
{
    internal CaseAttachment()
    {
    }

    /// <summary>The attachment id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The file name.</summary>
    public string FileName { get; internal set; } = string.Empty;

    /// <summary>The content type.</summary>
    public string ContentType { get; internal set; } = "application/octet-stream";

    /// <summary>The size in bytes.</summary>
    public long Size { get; internal set; }

    /// <summary>The lower-case hex SHA-256 of the content, when the service reports it.</summary>
    public string? Sha256 { get; internal set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }
}

/// <summary>A link from one case to another.</summary>
public sealed class CaseLink
{
    internal CaseLink()
    {
    }

    /// <summary>The link id.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The case the link was added to.</summary>
    public string SourceCaseId { get; internal set; } = string.Empty;

    /// <summary>The linked case.</summary>
    public string TargetCaseId { get; internal set; } = string.Empty;

    /// <summary>How they relate.</summary>
    public CaseRelationType RelationType { get; internal set; }

    /// <summary>When the link was added.</summary>
    public DateTimeOffset CreatedOn { get; internal set; }
}

/// <summary>An entry of a case's history, or of the tenant-wide events feed.</summary>
public sealed class CaseEvent
{
    internal CaseEvent()
    {
    }

    /// <summary>The event id (stable; use it to drop duplicates when polling).</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The position in the tenant's feed, strictly increasing.</summary>
    public long Sequence { get; internal set; }

    /// <summary>The case.</summary>
    public string CaseId { get; internal set; } = string.Empty;

    /// <summary>What happened.</summary>
    public CaseEventType Type { get; internal set; }

    /// <summary>When.</summary>
    public DateTimeOffset OccurredOn { get; internal set; }

    /// <summary>The details as sent by the service.</summary>
    public JsonElement Data { get; internal set; }

    /// <summary>For <see cref="CaseEventType.StatusChanged"/>: the previous status.</summary>
    public CaseStatus? FromStatus { get; internal set; }

    /// <summary>For <see cref="CaseEventType.StatusChanged"/>: the new status (the milestone reached).</summary>
    public CaseStatus? ToStatus { get; internal set; }
}

/// <summary>A case type (case definition).</summary>
public sealed class CaseType
{
    internal CaseType()
    {
    }

    /// <summary>The case type id, used as <see cref="CreateCaseOptions.CaseTypeId"/>.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The configuration id cases of this type are created with.</summary>
    public string? CaseConfigId { get; internal set; }

    /// <summary>The case-number prefix.</summary>
    public string? CaseNumberPrefix { get; internal set; }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<CaseStage> Stages { get; internal set; } = [];
}

/// <summary>A stage of a case type.</summary>
/// <param name="Id">The stage id.</param>
/// <param name="Name">The name.</param>
/// <param name="Order">The position, from 1.</param>
public sealed record CaseStage(string Id, string Name, int Order);
