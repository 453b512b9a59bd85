using System.Text.Json;

namespace Connectors.OpenText.TradingGrid.Wire;

// Request bodies. PartnerPostRequest deliberately has no member that could carry internal data.

internal sealed record PartnerPostRequest(string Body, string Visibility, string? InReplyTo, IReadOnlyList<string>? DocumentIds);

internal sealed record InternalPostRequest(string Body, string Visibility, string? InReplyTo, IReadOnlyList<string>? DocumentIds, InternalPostData Internal);

internal sealed record CreateThreadRequest(string Title, string? Category, JsonElement Post);

internal sealed record ThreadStatusRequest(string Status, string? Resolution);

internal sealed record OnboardingRequest(string PartnerCompanyName, IReadOnlyList<string> TradingAddresses, IReadOnlyList<string> DocumentTypes, ContactInformation Contact);

internal sealed record OnboardingStatusRequest(string Status, string? Comment);

internal sealed record DocumentMetadata(string DocumentType, string? ThreadId, DateOnly? ExpiresOn, string? Description);

internal sealed record WebhookRequest(Uri CallbackUrl, IReadOnlyList<string> EventTypes);

internal sealed record EventFeed(IReadOnlyList<TradingGridEvent>? Events, string? Checkpoint, bool HasMore);

internal sealed record GraphQlRequest(string Query);
