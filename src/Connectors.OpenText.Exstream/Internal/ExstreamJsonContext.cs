using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>Source-generated JSON metadata for every type the client reads or writes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OrchestrationEnvelope))]
[JsonSerializable(typeof(EmpowerDocumentAnswer))]
[JsonSerializable(typeof(FulfillmentBody))]
[JsonSerializable(typeof(ExstreamPagedEnvelope<ExstreamDomain>))]
[JsonSerializable(typeof(ExstreamPagedEnvelope<DesignResource>))]
[JsonSerializable(typeof(ExstreamPagedEnvelope<ResourceLink>))]
[JsonSerializable(typeof(CommunicationSetManifest))]
[JsonSerializable(typeof(CommunicationRequest))]
[JsonSerializable(typeof(ExstreamEnvelope<CommunicationJob>))]
[JsonSerializable(typeof(ExstreamPagedEnvelope<CommunicationJob>))]
[JsonSerializable(typeof(ExstreamPagedEnvelope<JobOutput>))]
[JsonSerializable(typeof(ExstreamPagedEnvelope<ExstreamEvent>))]
[JsonSerializable(typeof(ExstreamPagedEnvelope<CallbackSubscription>))]
[JsonSerializable(typeof(ExstreamEnvelope<CallbackSubscription>))]
[JsonSerializable(typeof(CallbackRegistrationBody))]
[JsonSerializable(typeof(ExstreamEvent))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class ExstreamJsonContext : JsonSerializerContext;
