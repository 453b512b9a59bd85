using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.CoreCase.Wire;

// Wire shapes of docs/api/core-case.md. Public models are mapped from these so that wire quirks
// (nesting, "+0000" dates, unknown attributes) stay out of the public API.

internal sealed class IdRef
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

internal sealed class AssigneeWire
{
    public string? Type { get; set; }

    public string? Id { get; set; }
}

internal sealed class ExternalReferenceWire
{
    public string? System { get; set; }

    public string? Id { get; set; }
}

internal sealed class DefaultAttributesWire
{
    public string? CaseTitle { get; set; }

    public string? Summary { get; set; }

    public string? Priority { get; set; }

    public string? Category { get; set; }

    public DateTimeOffset? DueDate { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Custom { get; set; }
}

internal sealed class CasePropertiesWire
{
    public DefaultAttributesWire? DefaultAttributes { get; set; }
}

internal sealed class CaseInstanceWire
{
    public string? Id { get; set; }

    public string? CaseNumber { get; set; }

    public IdRef? CaseType { get; set; }

    public string? CaseConfigId { get; set; }

    public string? Status { get; set; }

    public CasePropertiesWire? CaseProperties { get; set; }

    public List<ExternalReferenceWire>? ExternalReferences { get; set; }

    public AssigneeWire? Assignee { get; set; }

    public DateTimeOffset? CreatedOn { get; set; }

    public DateTimeOffset? LastUpdatedOn { get; set; }

    public long Version { get; set; }
}

/// <summary>Request attributes: known ones plus the case type's own, written flat next to them.</summary>
internal sealed class DefaultAttributesRequest
{
    public string? CaseTitle { get; set; }

    public string? Summary { get; set; }

    public string? Priority { get; set; }

    public string? Category { get; set; }

    public DateTimeOffset? DueDate { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Custom { get; set; }
}

internal sealed class CasePropertiesRequest
{
    public DefaultAttributesRequest? DefaultAttributes { get; set; }
}

internal sealed class CreateCaseRequest
{
    public IdRef? CaseType { get; set; }

    public string? CaseConfigId { get; set; }

    public CasePropertiesRequest? CaseProperties { get; set; }

    public List<ExternalReferenceWire>? ExternalReferences { get; set; }

    public AssigneeWire? Assignee { get; set; }
}

internal sealed class UpdateCaseRequest
{
    public CasePropertiesRequest? CaseProperties { get; set; }
}

internal sealed class StatusRequest
{
    public string? Status { get; set; }

    public string? Reason { get; set; }
}
