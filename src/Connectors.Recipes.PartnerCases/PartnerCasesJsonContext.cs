using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Recipes.PartnerCases;

/// <summary>Source-generated JSON metadata for the partner-case payloads and journaled results.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CaseMilestone))]
[JsonSerializable(typeof(ThreadEscalation))]
[JsonSerializable(typeof(ComplianceRequest))]
[JsonSerializable(typeof(CaseReference))]
public sealed partial class PartnerCasesJsonContext : JsonSerializerContext;
