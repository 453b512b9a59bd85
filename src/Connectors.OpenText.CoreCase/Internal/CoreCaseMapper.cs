using System.Collections.ObjectModel;
using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>Wire shapes to public models; a response missing a field the contract guarantees is a typed error.</summary>
internal static class CoreCaseMapper
{
    public const string System = CoreCaseClient.SystemName;

    public static CaseIdentity? Identity(IdentityWire? wire)
        => wire?.Id is null
            ? null
            : new CaseIdentity(wire.Id, new CaseIdentityType(wire.CaseIdentityType ?? CaseIdentityType.User.Value))
            {
                EtsUuid = wire.EtsUuid,
                FirstName = wire.FirstName,
                LastName = wire.LastName,
                Email = wire.Email,
            };

    public static IdentityWire? Identity(CaseIdentity? identity)
        => identity is null
            ? null
            : new IdentityWire
            {
                Id = identity.Id,
                EtsUuid = identity.EtsUuid,
                CaseIdentityType = identity.Type.Value,
                FirstName = identity.FirstName,
                LastName = identity.LastName,
                Email = identity.Email,
            };

    public static CaseComment Comment(CommentWire wire) => new()
    {
        Id = Required(wire.Id, "comment", "id"),
        Text = wire.Text ?? string.Empty,
        Visibility = new CommentVisibility(wire.Visibility ?? CommentVisibility.Internal.Value),
        CreatedOn = wire.CreatedOn ?? default,
        CreatedBy = Identity(wire.CreatedByUser) ?? (wire.CreatedBy is { } by ? CaseIdentity.User(by) : null),
    };

    public static CaseTask Task(TaskWire wire) => new()
    {
        Id = Required(wire.Id, "task", "id"),
        Name = wire.Name ?? string.Empty,
        Description = wire.Description,
        Status = new CaseTaskStatus(wire.Status ?? CaseTaskStatus.Open.Value),
        Assignee = Identity(wire.Assignee),
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

    public static CaseLink Link(LinkWire wire, CaseRef source) => new()
    {
        Id = Required(wire.Id, "link", "id"),
        Source = wire.SourceCaseId is { Length: > 0 } sourceId ? new CaseRef(wire.SourceCaseDefinitionId ?? source.CaseDefinitionId, sourceId) : source,
        Target = new CaseRef(
            Required(wire.TargetCaseDefinitionId, "link", "targetCaseDefinitionId"),
            Required(wire.TargetCaseId, "link", "targetCaseId")),
        RelationType = new CaseRelationType(wire.RelationType ?? CaseRelationType.Related.Value),
        CreatedOn = wire.CreatedOn ?? default,
    };

    public static CaseEvent Event(EventWire wire) => new()
    {
        Id = Required(wire.Id, "event", "id"),
        Sequence = wire.Sequence,
        Case = new CaseRef(Required(wire.CaseDefinitionId, "event", "caseDefinitionId"), Required(wire.CaseId, "event", "caseId")),
        Type = new CaseEventType(Required(wire.Type, "event", "type")),
        OccurredOn = wire.OccurredOn ?? default,
        Data = wire.Data.ValueKind == JsonValueKind.Undefined ? default : wire.Data.Clone(),
        FromStatus = StatusIn(wire.Data, "fromStatus"),
        ToStatus = StatusIn(wire.Data, "toStatus"),
    };

    public static CaseDefinition Definition(CaseDefinitionWire wire) => new()
    {
        Id = Required(wire.Id, "case definition", "id"),
        Name = wire.Name ?? string.Empty,
        Description = wire.Description,
        Classification = wire.Classification?.Name,
        CaseConfigId = wire.CaseConfigId,
        CaseNumberPrefix = wire.CaseIdGenerator?.Prefix,
        CaseNumberSuffix = wire.CaseIdGenerator?.Suffix,
        DefaultAssignee = Text(wire.Settings?.DefaultAssignee),
        DefaultAssigneeGroup = Text(wire.Settings?.DefaultAssigneeGroup),
        CreatedOn = wire.CreatedOn,
        LastUpdatedOn = wire.LastUpdatedOn,
        Stages = [.. (wire.Stages ?? []).Select(s => new CaseStage(s.Id ?? string.Empty, s.Name ?? string.Empty, s.Order))],
    };

    /// <summary>A settings value that may be a string, an identity object (<c>{id}</c>) or null.</summary>
    private static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
        _ => null,
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
