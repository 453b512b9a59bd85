using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.TradingGrid;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.PartnerCases;

/// <summary>
/// How a case remembers the partner conversation it belongs to (case attributes and external references), and the
/// poll twins over the Trading Grid event feed and the Core Case event feed.
/// </summary>
public static class PartnerCaseLinks
{
    /// <summary>Event source of Trading Grid events.</summary>
    public const string TradingGridSource = "tradinggrid";

    /// <summary>Event source of Core Case events.</summary>
    public const string CoreCaseSource = "corecase";

    /// <summary>Event source of host requests.</summary>
    public const string HostSource = "host";

    /// <summary>Case attribute: the partner's company id.</summary>
    public const string PartnerAttribute = "tgPartnerCompanyId";

    /// <summary>Case attribute: the community space.</summary>
    public const string SpaceAttribute = "tgSpaceId";

    /// <summary>Case attribute: the community thread partner updates go to.</summary>
    public const string ThreadAttribute = "tgThreadId";

    /// <summary>Case attribute: the correlation id of the event that opened the case.</summary>
    public const string CorrelationAttribute = "correlationId";

    /// <summary>The external reference system of a partner, e.g. <c>tradinggrid:GC041543822654</c>.</summary>
    /// <param name="partnerCompanyId">The partner.</param>
    /// <returns>The system name.</returns>
    public static string PartnerSystem(string partnerCompanyId) => $"tradinggrid:{partnerCompanyId}";

    /// <summary>The external reference of the case that follows a thread.</summary>
    /// <param name="partnerCompanyId">The partner.</param>
    /// <param name="threadId">The thread.</param>
    /// <returns>The reference.</returns>
    public static ExternalReference ThreadReference(string partnerCompanyId, string threadId) => new(PartnerSystem(partnerCompanyId), $"thread:{threadId}");

    /// <summary>Reads a string attribute of a case.</summary>
    /// <param name="theCase">The case.</param>
    /// <param name="name">The attribute.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public static string? Attribute(CaseInstance theCase, string name)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        return theCase.Attributes.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>Stamps a new case with its partner conversation and the correlation id.</summary>
    /// <param name="options">The case to create.</param>
    /// <param name="partnerCompanyId">The partner.</param>
    /// <param name="spaceId">The space.</param>
    /// <param name="threadId">The thread partner updates go to.</param>
    /// <param name="correlationId">The triggering event's correlation id.</param>
    public static void Link(CreateCaseOptions options, string? partnerCompanyId, string? spaceId, string? threadId, string correlationId)
    {
        ArgumentNullException.ThrowIfNull(options);
        Set(options, PartnerAttribute, partnerCompanyId);
        Set(options, SpaceAttribute, spaceId);
        Set(options, ThreadAttribute, threadId);
        Set(options, CorrelationAttribute, correlationId);
    }

    /// <summary>
    /// Reads a Trading Grid event as the recipes carry it. Webhook deliveries and the feed's poll twin both carry the
    /// vendor's event (<see cref="TradingGridEvent"/>), so one wire shape reaches every recipe.
    /// </summary>
    /// <param name="e">The event, as delivered to the callback or read from the feed.</param>
    /// <returns>The recipes' payload.</returns>
    public static PartnerEvent ToPartnerEvent(TradingGridEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new PartnerEvent(e.EventId, e.EventType.Value, e.OccurredAt, e.PartnerCompanyId, e.Data.SpaceId, e.Data.ThreadId,
            e.Data.PostId, e.Data.DocumentId, e.Data.TransactionId, e.Data.ErrorCode);
    }

    internal static async IAsyncEnumerable<TradingGridEvent> ReadTradingGridEventsAsync(
        IServiceProvider services, DateTimeOffset? since, IReadOnlyCollection<string> types, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<TradingGridClient>();
        string? checkpoint = null;
        while (true)
        {
            var batch = (await client.Events.ReadAsync(checkpoint, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            foreach (var e in batch.Events)
            {
                if (types.Contains(e.EventType.Value) && (since is null || e.OccurredAt >= since))
                {
                    yield return e;
                }
            }

            if (!batch.HasMore || batch.Events.Count == 0 || batch.Checkpoint == checkpoint)
            {
                yield break;
            }

            checkpoint = batch.Checkpoint;
        }
    }

    internal static async IAsyncEnumerable<CaseMilestone> ReadCaseEventsAsync(
        IServiceProvider services, DateTimeOffset? since, IReadOnlyCollection<string> types, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<CoreCaseClient>();
        var query = new CaseEventQuery { Since = since, Type = types.Count == 1 ? new CaseEventType(types.First()) : null };
        await foreach (var e in client.Events.ListAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (types.Contains(e.Type.Value))
            {
                yield return ToMilestone(e);
            }
        }
    }

    internal static CaseMilestone ToMilestone(CaseEvent e)
    {
        var status = e.ToStatus?.Value ?? Text(e.Data, "toStatus") ?? Text(e.Data, "status");
        return new CaseMilestone(e.Id, e.Case, e.Type.Value, e.OccurredOn, status, Text(e.Data, "taskId"), Text(e.Data, "reason"), e.Sequence);
    }

    internal static async ValueTask<CaseInstance> ReadLinkedCaseAsync(IServiceProvider services, CaseRef caseRef, CancellationToken cancellationToken)
        => (await services.GetRequiredService<CoreCaseClient>().Cases.GetAsync(caseRef, cancellationToken).ConfigureAwait(false)).Value;

    internal static async ValueTask<IReadOnlyList<CaseComment>> ReadSharedNotesAsync(IServiceProvider services, CaseRef caseRef, CancellationToken cancellationToken)
    {
        var notes = new List<CaseComment>();
        await foreach (var note in services.GetRequiredService<CoreCaseClient>().Comments.ListAsync(caseRef, CommentVisibility.Shared, cancellationToken).ConfigureAwait(false))
        {
            // Belt and braces: only what the service marks shareable may ever reach a partner.
            if (note.Visibility == CommentVisibility.Shared)
            {
                notes.Add(note);
            }
        }

        return notes;
    }

    /// <summary>
    /// The case that follows <paramref name="reference"/>, searched in <paramref name="caseDefinitionIds"/>, or in every
    /// case definition (the published <c>case-definitions</c> list) when none are given.
    /// </summary>
    internal static async ValueTask<CaseInstance?> FindCaseAsync(
        IServiceProvider services, IReadOnlyCollection<string> caseDefinitionIds, ExternalReference reference, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<CoreCaseClient>();
        IEnumerable<string> definitions = caseDefinitionIds;
        if (caseDefinitionIds.Count == 0)
        {
            var all = new List<string>();
            await foreach (var definition in client.CaseDefinitions.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                all.Add(definition.Id);
            }

            definitions = all;
        }

        foreach (var definitionId in definitions)
        {
            if (await client.Cases.FindByExternalReferenceAsync(definitionId, reference, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? Text(JsonElement data, string name)
        => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Set(CreateCaseOptions options, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            options.Attributes[name] = JsonValue.Create(value);
        }
    }
}
