using System.Text.Json.Serialization;

namespace Connectors.OpenText.TradingGrid.Internal;

// The assumed Community lists (contacts, spaces, threads, posts, documents, onboarding, webhooks) answer { "count": n, "total": n, "offset": n, "<items>": [...] } (docs/api/trading-grid.md).

internal interface IOffsetList<out T>
{
    long Total { get; }

    long Offset { get; }

    IReadOnlyList<T> Items { get; }
}

internal abstract class OffsetList
{
    public int Count { get; set; }

    public long Total { get; set; }

    public long Offset { get; set; }
}

internal sealed class ContactList : OffsetList, IOffsetList<PartnerContact>
{
    [JsonPropertyName("contacts")]
    public IReadOnlyList<PartnerContact> Items { get; set => field = value ?? []; } = [];
}

internal sealed class SpaceList : OffsetList, IOffsetList<CommunitySpace>
{
    [JsonPropertyName("spaces")]
    public IReadOnlyList<CommunitySpace> Items { get; set => field = value ?? []; } = [];
}

internal sealed class ThreadList : OffsetList, IOffsetList<CommunityThread>
{
    [JsonPropertyName("threads")]
    public IReadOnlyList<CommunityThread> Items { get; set => field = value ?? []; } = [];
}

internal sealed class PostList : OffsetList, IOffsetList<CommunityPost>
{
    [JsonPropertyName("posts")]
    public IReadOnlyList<CommunityPost> Items { get; set => field = value ?? []; } = [];
}

internal sealed class DocumentList : OffsetList, IOffsetList<SharedDocument>
{
    [JsonPropertyName("documents")]
    public IReadOnlyList<SharedDocument> Items { get; set => field = value ?? []; } = [];
}

internal sealed class OnboardingList : OffsetList, IOffsetList<OnboardingSubmission>
{
    [JsonPropertyName("onboardingRequests")]
    public IReadOnlyList<OnboardingSubmission> Items { get; set => field = value ?? []; } = [];
}

internal sealed class WebhookList : OffsetList, IOffsetList<WebhookRegistration>
{
    [JsonPropertyName("webhooks")]
    public IReadOnlyList<WebhookRegistration> Items { get; set => field = value ?? []; } = [];
}
