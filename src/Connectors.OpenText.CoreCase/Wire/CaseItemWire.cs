using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.CoreCase.Wire;

internal sealed class CommentWire
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public string? Visibility { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }

    public string? CreatedBy { get; set; }
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

    public AssigneeWire? Assignee { get; set; }

    public DateTimeOffset? DueDate { get; set; }

    public string? Outcome { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }

    public DateTimeOffset? CompletedOn { get; set; }
}

internal sealed class TaskRequest
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public AssigneeWire? Assignee { get; set; }

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

    public string? SourceCaseId { get; set; }

    public string? TargetCaseId { get; set; }

    public string? RelationType { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }
}

internal sealed class LinkRequest
{
    public string? TargetCaseId { get; set; }

    public string? RelationType { get; set; }
}

internal sealed class EventWire
{
    public string? Id { get; set; }

    public long Sequence { get; set; }

    public string? CaseId { get; set; }

    public string? Type { get; set; }

    public DateTimeOffset? OccurredOn { get; set; }

    public JsonElement Data { get; set; }
}

internal sealed class StageWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public int Order { get; set; }
}

internal sealed class CaseIdGeneratorWire
{
    public string? Prefix { get; set; }
}

internal sealed class CaseDefinitionWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? CaseConfigId { get; set; }

    public CaseIdGeneratorWire? CaseIdGenerator { get; set; }

    public List<StageWire>? Stages { get; set; }
}

internal sealed class HalLink
{
    public string? Href { get; set; }
}

internal sealed class HalLinks
{
    public HalLink? Next { get; set; }
}

internal sealed class PageInfo
{
    public int Size { get; set; }

    public long TotalElements { get; set; }

    public int TotalPages { get; set; }

    public int Number { get; set; }
}

/// <summary>A Spring-HAL collection page; the single <c>_embedded</c> entry holds the items.</summary>
internal sealed class HalPage<T>
{
    [JsonPropertyName("_embedded")]
    public Dictionary<string, List<T>>? Embedded { get; set; }

    [JsonPropertyName("_links")]
    public HalLinks? Links { get; set; }

    public PageInfo? Page { get; set; }
}

internal sealed class ErrorWire
{
    public int Status { get; set; }

    public string? Error { get; set; }

    public string? Code { get; set; }

    public string? Message { get; set; }

    public string? Path { get; set; }

    public List<ErrorDetailWire>? Details { get; set; }

    public string? ExistingCaseId { get; set; }

    public string? CurrentStatus { get; set; }

    public string? RequestedStatus { get; set; }

    public List<string>? AllowedStatuses { get; set; }
}

internal sealed class ErrorDetailWire
{
    public string? Field { get; set; }

    public string? Message { get; set; }
}
