using System.Runtime.CompilerServices;
using System.Text.Json;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>
/// Poll triggers over the Core Case events feed. Core Case documents no webhooks, so the poll is the trigger;
/// a host that receives case notifications can submit <see cref="CaseEventPayload"/> envelopes with the same
/// source and type and the recipes see them too.
/// </summary>
internal static class CaseEventTriggers
{
    public const string Source = "corecase";
    public const string Type = "case.event";

    /// <summary>Events of the given types, one poller per recipe so each keeps its own checkpoint.</summary>
    public static PollTrigger<CaseEventPayload> Poll(string name, TimeSpan interval, params string[] types)
        => Trigger.Poll(
            name,
            Source,
            Type,
            CaseCommunicationsJsonContext.Default.CaseEventPayload,
            (services, since, ct) => ReadAsync(services, since, types, ct),
            e => e.Case.ToString(),
            e => e.OccurredOn,
            interval,
            changeId: e => e.EventId);

    private static async IAsyncEnumerable<CaseEventPayload> ReadAsync(
        IServiceProvider services, DateTimeOffset? since, string[] types, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<CoreCaseClient>();
        await foreach (var e in client.Events.ListAsync(new CaseEventQuery { Since = since }, cancellationToken).ConfigureAwait(false))
        {
            if (types.Contains(e.Type.Value, StringComparer.Ordinal))
            {
                yield return ToPayload(e);
            }
        }
    }

    internal static CaseEventPayload ToPayload(CaseEvent e)
    {
        var changed = new List<string>();
        if (e.Data.ValueKind == JsonValueKind.Object
            && e.Data.TryGetProperty("attributes", out var attributes)
            && attributes.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in attributes.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    changed.Add(item.GetString()!);
                }
            }
        }

        return new CaseEventPayload(e.Id, e.Sequence, e.Case, e.Type.Value, e.OccurredOn, e.FromStatus?.Value, e.ToStatus?.Value, changed);
    }
}
