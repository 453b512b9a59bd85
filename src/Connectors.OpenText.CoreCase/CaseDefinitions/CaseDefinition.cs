namespace Connectors.OpenText.CoreCase;

/// <summary>
/// A case definition (case type), read from the published definition shape (<c>CaseInstanceDTO.json</c>: <c>id</c>,
/// <c>name</c>, <c>description</c>, <c>classification</c>, <c>settings</c>, <c>caseIdGenerator</c>).
/// </summary>
public sealed class CaseDefinition
{
    internal CaseDefinition()
    {
    }

    /// <summary>The definition id: the path's <c>{caseDefinitionId}</c> and a case's <c>caseType.id</c>.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <summary>The description.</summary>
    public string? Description { get; internal set; }

    /// <summary>The classification's name (<c>classification.name</c>).</summary>
    public string? Classification { get; internal set; }

    /// <summary>The configuration id new cases are created with (<c>caseConfigId</c>; where the service puts it is assumed).</summary>
    public string? CaseConfigId { get; internal set; }

    /// <summary>The case number prefix (<c>caseIdGenerator.prefix</c>).</summary>
    public string? CaseNumberPrefix { get; internal set; }

    /// <summary>The case number suffix (<c>caseIdGenerator.suffix</c>).</summary>
    public string? CaseNumberSuffix { get; internal set; }

    /// <summary>The default assignee (<c>settings.defaultAssignee</c>), if set.</summary>
    public string? DefaultAssignee { get; internal set; }

    /// <summary>The default assignee group (<c>settings.defaultAssigneeGroup</c>), if set.</summary>
    public string? DefaultAssigneeGroup { get; internal set; }

    /// <summary>When the definition was created, if the service says.</summary>
    public DateTimeOffset? CreatedOn { get; internal set; }

    /// <summary>When the definition last changed, if the service says.</summary>
    public DateTimeOffset? LastUpdatedOn { get; internal set; }

    /// <summary>The stages, in order (stages exist, "Create Stage"; their shape is assumed).</summary>
    public IReadOnlyList<CaseStage> Stages { get; internal set; } = [];
}

/// <summary>A stage of a case definition (assumed shape).</summary>
/// <param name="Id">The stage id.</param>
/// <param name="Name">The name.</param>
/// <param name="Order">The position, from 1.</param>
public sealed record CaseStage(string Id, string Name, int Order);
