using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.CoreCase.Internal;

// Wire shapes of docs/api/core-case.md. Public models are mapped from these so that wire quirks (nesting, "+0000"
// dates, unknown attributes, where a field sits) stay out of the public API.

/// <summary>Published: <c>caseType: {id}</c> (a definition reference; responses may carry the whole definition).</summary>
internal sealed class IdRefWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

/// <summary>Published: <c>{id, etsUuid, caseIdentityType: User | FunctionalRole, firstName, lastName, email}</c>.</summary>
internal sealed class IdentityWire
{
    public string? Id { get; set; }

    public string? EtsUuid { get; set; }

    public string? CaseIdentityType { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }
}

internal sealed class StatusRequest
{
    public string? Status { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// Published: <c>CaseInstanceDTO.json</c> (the definition's general settings): <c>id</c>, <c>name</c>,
/// <c>description</c>, <c>classification</c>, <c>settings</c>, <c>caseIdGenerator</c>; <c>caseConfigId</c> is
/// "returned" by the definition calls (where it sits is not shown); <c>stages</c> exist ("Create Stage") but their
/// shape is not shown.
/// </summary>
internal sealed class CaseDefinitionWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? CaseConfigId { get; set; }

    public IdRefWire? Classification { get; set; }

    public CaseSettingsWire? Settings { get; set; }

    public CaseIdGeneratorWire? CaseIdGenerator { get; set; }

    public List<StageWire>? Stages { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }

    public DateTimeOffset? LastUpdatedOn { get; set; }
}

internal sealed class CaseSettingsWire
{
    public JsonElement Duration { get; set; }

    public JsonElement DefaultAssignee { get; set; }

    public JsonElement DefaultAssigneeGroup { get; set; }

    public JsonElement Email { get; set; }
}

internal sealed class CaseIdGeneratorWire
{
    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    public string? SequenceName { get; set; }
}

internal sealed class StageWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public int Order { get; set; }
}
