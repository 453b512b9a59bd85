using System.Text.Json;

namespace Connectors.OpenText.CoreCase;

/// <summary>An entry of a case's history, or of the tenant-wide events feed (assumed shape: nothing public shows either).</summary>
public sealed class CaseEvent
{
    internal CaseEvent()
    {
    }

    /// <summary>The event id (stable; use it to drop duplicates when polling).</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The position in the tenant's feed, strictly increasing.</summary>
    public long Sequence { get; internal set; }

    /// <summary>The case (definition and id).</summary>
    public CaseRef Case { get; internal set; } = null!;

    /// <summary>What happened.</summary>
    public CaseEventType Type { get; internal set; }

    /// <summary>When.</summary>
    public DateTimeOffset OccurredOn { get; internal set; }

    /// <summary>The details as sent by the service.</summary>
    public JsonElement Data { get; internal set; }

    /// <summary>For <see cref="CaseEventType.StatusChanged"/>: the previous status.</summary>
    public CaseStatus? FromStatus { get; internal set; }

    /// <summary>For <see cref="CaseEventType.StatusChanged"/>: the new status (the milestone reached).</summary>
    public CaseStatus? ToStatus { get; internal set; }
}

/// <summary>Filters for the tenant-wide events feed (assumed query names).</summary>
public sealed class CaseEventQuery
{
    /// <summary>Events at or after this time (inclusive: drop ids you already handled).</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only this type, e.g. <see cref="CaseEventType.StatusChanged"/> for milestones.</summary>
    public CaseEventType? Type { get; set; }

    /// <summary>Only cases of this definition.</summary>
    public string? CaseDefinitionId { get; set; }

    /// <summary>Only this case.</summary>
    public CaseRef? Case { get; set; }
}
