using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Benchmarks.Floor;

// The floor's plain types for the OpenText bodies (Floor/SOURCE.md): every field the served bodies carry, as they are
// on the wire (dates as strings or epoch numbers), no converters, no extension data. Open maps (DAS metadata, workflow
// variable values) are what a hand-written client would type them as.
#pragma warning disable CS1591

public sealed record FloorIdRef(string? Id, string? Name);

public sealed record FloorIdentity(string? Id, string? EtsUuid, string? CaseIdentityType, string? FirstName, string? LastName, string? Email);

public sealed record FloorCaseAttributes
{
    public string? CaseTitle { get; init; }
    public string? Summary { get; init; }
    public string? ClientName { get; init; }
    public string? Id { get; init; }
    public string? CreatedOn { get; init; }
    public string? CreatedBy { get; init; }
    public string? LastUpdatedOn { get; init; }
    public string? LastUpdatedBy { get; init; }
    public FloorIdentity? CreatedByUser { get; init; }
    public FloorIdentity? LastUpdatedByUser { get; init; }
}

public sealed record FloorCaseProperties(FloorCaseAttributes? DefaultAttributes);

public sealed record FloorCase(FloorIdRef? CaseType, string? CaseConfigId, FloorCaseProperties? CaseProperties);

public sealed record FloorCaseEmbedded(List<FloorCase>? Cases);

public sealed record FloorHalPage(int Size, long TotalElements, int TotalPages, int Number);

public sealed record FloorCasePage([property: JsonPropertyName("_embedded")] FloorCaseEmbedded? Embedded, FloorHalPage? Page);

public sealed record FloorDasResource
{
    public List<string>? Categories { get; init; }
    public bool ContainsActiveRevisions { get; init; }
    public string? CreatedBy { get; init; }
    public long CreatedDate { get; init; }
    public string? Description { get; init; }
    public bool Hidden { get; init; }
    public string? Id { get; init; }
    public bool IsTrackingRevisions { get; init; }
    public string? LastModifiedBy { get; init; }
    public long LastModifiedDate { get; init; }
    public bool Locked { get; init; }
    public Dictionary<string, JsonElement>? Metadata { get; init; }
    public string? Name { get; init; }
    public string? State { get; init; }
    public string? StateComment { get; init; }
    public string? Type { get; init; }
    public int Version { get; init; }
}

public sealed record FloorDasPageInfo(int PageSize, int PageOffset, int TotalElements, int TotalPages, int CurrentPageNumber);

public sealed record FloorDasPage(string? Status, List<FloorDasResource>? Data, FloorDasPageInfo? Page);

public sealed record FloorDasDataSource(string? Name, string? ProdDsn, string? ResourceId, string? Type);

public sealed record FloorDasQueue(string? Driver, string? Name, string? ProdFile, string? Use);

public sealed record FloorDasManifest(List<FloorDasDataSource>? Dsnlist, List<FloorDasQueue>? QueueList);

public sealed record FloorTgAddress(string? AddressLine1, string? AddressLine2, string? City, string? CountryCode, string? PostalCode, string? State);

public sealed record FloorTgContact(string? Email, string? FaxNumber, string? Mobile, string? PhoneNumber, string? PhoneNumberExtention);

public sealed record FloorTgUser
{
    public string? UserId { get; init; }
    public string? LoginId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Type { get; init; }
    public FloorTgAddress? Address { get; init; }
    public FloorTgContact? ContactInformation { get; init; }
    public string? IsConsentClause { get; init; }
    public string? IsDayLightSavingsTimeObserved { get; init; }
    public string? IsRequiredOpenTextMarketingMaterials { get; init; }
    public string? PreferredDateFormat { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? PreferredTimezone { get; init; }
}

public sealed record FloorContractProperties([property: JsonPropertyName("value")] int Value, [property: JsonPropertyName("risk_classification")] int RiskClassification);

public sealed record FloorContract(string? Id, string? Name, FloorContractProperties? Properties);

public sealed record FloorVariable(string? Name, FloorContract? Value);

public sealed record FloorTask(string? Id, string? Name, string? CreateTime, string? Assignee, List<FloorVariable>? Variables);

public sealed record FloorTaskEmbedded(List<FloorTask>? Tasks);

public sealed record FloorTaskPage([property: JsonPropertyName("_embedded")] FloorTaskEmbedded? Embedded, FloorHalPage? Page);

[JsonSerializable(typeof(FloorCase))]
[JsonSerializable(typeof(FloorCasePage))]
[JsonSerializable(typeof(FloorDasPage))]
[JsonSerializable(typeof(FloorDasManifest))]
[JsonSerializable(typeof(FloorTgUser))]
[JsonSerializable(typeof(List<FloorTgUser>))]
[JsonSerializable(typeof(FloorTask))]
[JsonSerializable(typeof(FloorTaskPage))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class OpenTextFloorJsonContext : JsonSerializerContext;
