using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.OpenText.TradingGrid.Internal;

/// <summary>Source-generated JSON metadata for every Trading Grid payload (AOT and trimming safe).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    Converters = [typeof(PartnerListConverter), typeof(UserListConverter), typeof(RoleListConverter)])]
[JsonSerializable(typeof(TradingGridCompany))]
[JsonSerializable(typeof(TradingPartner))]
[JsonSerializable(typeof(DirectoryList<TradingPartner>))]
[JsonSerializable(typeof(List<TradingPartner>))]
[JsonSerializable(typeof(TradingGridUser))]
[JsonSerializable(typeof(DirectoryList<TradingGridUser>))]
[JsonSerializable(typeof(List<TradingGridUser>))]
[JsonSerializable(typeof(DirectoryList<UserRole>))]
[JsonSerializable(typeof(List<UserRole>))]
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(CreatedUser))]
[JsonSerializable(typeof(UserUpdate))]
[JsonSerializable(typeof(JsonElement))]
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
