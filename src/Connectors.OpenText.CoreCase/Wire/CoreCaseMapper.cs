using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Wire;

/// <summary>Wire shapes to public models; a response missing a field the contract guarantees is a typed error.</summary>
internal static class CoreCaseMapper
{
    public const string System = CoreCaseClient.SystemName;

    public static CaseInstance Case(CaseInstanceWire wire)
    {
        var attributes = wire.CaseProperties?.DefaultAttributes;
        return new CaseInstance
        {
            Id = Required(wire.Id, "case", "id"),
            CaseNumber = wire.CaseNumber,
            CaseTypeId = Required(wire.CaseType?.Id, "case", "caseType.id"),
            CaseTypeName = wire.CaseType?.Name,
            CaseConfigId = wire.CaseConfigId,
            Status = new CaseStatus(Required(wire.Status, "case", "status")),
            Title = attributes?.CaseTitle ?? string.Empty,
            Summary = attributes?.Summary,
            Priority = attributes?.Priority is { } priority ? new CasePriority(priority) : null,
            Category = attributes?.Category,
            DueDate = attributes?.DueDate,
            CustomAttributes = attributes?.Custom ?? [],
            ExternalReferences = [.. (wire.ExternalReferences ?? []).Select(r => new ExternalReference(r.System ?? string.Empty, r.Id ?? string.Empty))],
            Assignee = Assignee(wire.Assignee),
            CreatedOn = wire.CreatedOn ?? default,
            LastUpdatedOn = wire.LastUpdatedOn ?? wire.CreatedOn ?? default,
            Version = wire.Version,
        };
    }

    public static CaseAssignee? Assignee(AssigneeWire? wire)
        => wire?.Id is null ? null : new CaseAssignee(new AssigneeType(wire.Type ?? AssigneeType.User.Value), wire.Id);

    public static AssigneeWire? Assignee(CaseAssignee? assignee)
        => assignee is null ? null : new AssigneeWire { Type = assignee.Type.Value, Id = assignee.Id };

    public static CaseComment Comment(CommentWire wire) => new()
    {
        Id = Required(wire.Id, "comment", "id"),
        Text = wire.Text ?? string.Empty,
        Visibility = new CommentVisibility(wire.Visibility ?? CommentVisibility.Internal.Value),
        CreatedOn = wire.CreatedOn ?? default,
        CreatedBy = wire.CreatedBy,
    };

    public static CaseTask Task(TaskWire wire) => new()
    {
        Id = Required(wire.Id, "task", "id"),
        Name = wire.Name ?? string.Empty,
        Description = wire.Description,
        Status = new CaseTaskStatus(wire.Status ?? CaseTaskStatus.Open.Value),
        Assignee = Assignee(wire.Assignee),
        DueDate = wire.DueDate,
        Outcome = wire.Outcome,
        CreatedOn = wire.CreatedOn ?? default,
        CompletedOn = wire.CompletedOn,
    };

    public static CaseAttachment Attachment(AttachmentWire wire) => new()
    {
        Id = Required(wire.Id, "attachment", "id"),
        FileName = wire.FileName ?? string.Empty,
        ContentType = wire.MimeType ?? "application/octet-stream",
        Size = wire.Size,
        Sha256 = wire.Sha256,
        CreatedOn = wire.CreatedOn ?? default,
    };

    public static CaseLink Link(LinkWire wire) => new()
    {
        Id = Required(wire.Id, "link", "id"),
        SourceCaseId = wire.SourceCaseId ?? string.Empty,
        TargetCaseId = Required(wire.TargetCaseId, "link", "targetCaseId"),
        RelationType = new CaseRelationType(wire.RelationType ?? CaseRelationType.Related.Value),
        CreatedOn = wire.CreatedOn ?? default,
    };

    public static CaseEvent Event(EventWire wire)
    {
        var type = new CaseEventType(Required(wire.Type, "event", "type"));
        return new CaseEvent
        {
            Id = Required(wire.Id, "event", "id"),
            Sequence = wire.Sequence,
            CaseId = Required(wire.CaseId, "event", "caseId"),
            Type = type,
            OccurredOn = wire.OccurredOn ?? default,
            Data = wire.Data.ValueKind == JsonValueKind.Undefined ? default : wire.Data.Clone(),
            FromStatus = StatusIn(wire.Data, "fromStatus"),
            ToStatus = StatusIn(wire.Data, "toStatus"),
        };
    }

    public static CaseType CaseType(CaseDefinitionWire wire) => new()
    {
        Id = Required(wire.Id, "case definition", "id"),
        Name = wire.Name ?? string.Empty,
        CaseConfigId = wire.CaseConfigId,
        CaseNumberPrefix = wire.CaseIdGenerator?.Prefix,
        Stages = [.. (wire.Stages ?? []).Select(s => new CaseStage(s.Id ?? string.Empty, s.Name ?? string.Empty, s.Order))],
    };

    private static CaseStatus? StatusIn(JsonElement data, string name)
        => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? new CaseStatus(value.GetString()!)
            : null;

    private static string Required(string? value, string what, string field)
        => string.IsNullOrEmpty(value)
            ? throw new ConnectorSerializationException(System, $"The {what} returned by Core Case has no '{field}'.")
            : value;
}
