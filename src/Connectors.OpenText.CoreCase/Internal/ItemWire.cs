using System.Text.Json;

namespace Connectors.OpenText.CoreCase.Internal;

// assumed shapes (nothing public shows them), except the comment's id: "Comment On Case" sets comment_id.

internal sealed class CommentWire
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public string? Visibility { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }

    public string? CreatedBy { get; set; }

    public IdentityWire? CreatedByUser { get; set; }
}

internal sealed class CommentRequest
{
    public string? Text { get; set; }

    public string? Visibility { get; set; }
}

internal sealed class TaskWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Status { get; set; }

    public IdentityWire? Assignee { get; set; }

    public DateTimeOffset? DueDate { get; set; }

    public string? Outcome { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }

    public DateTimeOffset? CompletedOn { get; set; }
}

internal sealed class TaskRequest
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public IdentityWire? Assignee { get; set; }

    public DateTimeOffset? DueDate { get; set; }
}

internal sealed class CompleteTaskRequest
{
    public string? Outcome { get; set; }
}

internal sealed class AttachmentWire
{
    public string? Id { get; set; }

    public string? FileName { get; set; }

    public string? MimeType { get; set; }

    public long Size { get; set; }

    public string? Sha256 { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }
}

internal sealed class LinkWire
{
    public string? Id { get; set; }

    public string? SourceCaseDefinitionId { get; set; }

    public string? SourceCaseId { get; set; }

    public string? TargetCaseDefinitionId { get; set; }

    public string? TargetCaseId { get; set; }

    public string? RelationType { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }
}

internal sealed class LinkRequest
{
    public string? TargetCaseDefinitionId { get; set; }

    public string? TargetCaseId { get; set; }

    public string? RelationType { get; set; }
}

internal sealed class EventWire
{
    public string? Id { get; set; }

    public long Sequence { get; set; }

    public string? CaseDefinitionId { get; set; }

    public string? CaseId { get; set; }

    public string? Type { get; set; }

    public DateTimeOffset? OccurredOn { get; set; }

    public JsonElement Data { get; set; }
}

/// <summary>assumed error body: Spring Boot's default fields plus a stable <c>code</c>, field <c>details</c> and conflict facts.</summary>
internal sealed class ErrorWire
{
    public int Status { get; set; }

    public string? Error { get; set; }

    public string? Code { get; set; }

    public string? Message { get; set; }

    public string? Path { get; set; }

    public List<ErrorDetailWire>? Details { get; set; }

    public string? ExistingCaseId { get; set; }

    public string? ExistingCaseDefinitionId { get; set; }

    public string? CurrentStatus { get; set; }

    public string? RequestedStatus { get; set; }

    public List<string>? AllowedStatuses { get; set; }
}

internal sealed class ErrorDetailWire
{
    public string? Field { get; set; }

    public string? Message { get; set; }
}
