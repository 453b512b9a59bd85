using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.OpenText.TradingGrid.Wire;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Source-generated JSON metadata for every Trading Grid payload (AOT and trimming safe).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(TradingPartner))]
[JsonSerializable(typeof(PartnerList))]
[JsonSerializable(typeof(ContactList))]
[JsonSerializable(typeof(CommunitySpace))]
[JsonSerializable(typeof(SpaceList))]
[JsonSerializable(typeof(CommunityThread))]
[JsonSerializable(typeof(ThreadList))]
[JsonSerializable(typeof(CommunityPost))]
[JsonSerializable(typeof(PostList))]
[JsonSerializable(typeof(SharedDocument))]
[JsonSerializable(typeof(DocumentList))]
[JsonSerializable(typeof(OnboardingSubmission))]
[JsonSerializable(typeof(OnboardingList))]
[JsonSerializable(typeof(WebhookRegistration))]
[JsonSerializable(typeof(WebhookList))]
[JsonSerializable(typeof(TradingGridEvent))]
[JsonSerializable(typeof(EventFeed))]
[JsonSerializable(typeof(PartnerPostRequest))]
[JsonSerializable(typeof(InternalPostRequest))]
[JsonSerializable(typeof(CreateThreadRequest))]
[JsonSerializable(typeof(ThreadStatusRequest))]
[JsonSerializable(typeof(OnboardingRequest))]
[JsonSerializable(typeof(OnboardingStatusRequest))]
[JsonSerializable(typeof(DocumentMetadata))]
[JsonSerializable(typeof(WebhookRequest))]
[JsonSerializable(typeof(GraphQlRequest))]
[JsonSerializable(typeof(LensResponse))]
[JsonSerializable(typeof(string))]
internal sealed partial class TradingGridJsonContext : JsonSerializerContext;
