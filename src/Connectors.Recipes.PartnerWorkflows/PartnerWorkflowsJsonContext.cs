using System.Text.Json.Serialization;

namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>Source-generated JSON metadata for the payloads and journaled results of the partner-workflow recipes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkflowChange))]
[JsonSerializable(typeof(StartedProcess))]
[JsonSerializable(typeof(OpenedThread))]
[JsonSerializable(typeof(WorkflowStart))]
[JsonSerializable(typeof(CertificateReminder))]
public sealed partial class PartnerWorkflowsJsonContext : JsonSerializerContext;
