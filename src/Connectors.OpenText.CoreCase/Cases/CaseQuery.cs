namespace Connectors.OpenText.CoreCase;

/// <summary>Filters for <see cref="CaseService.ListAsync"/> (assumed query names); all optional, combined with AND.</summary>
public sealed class CaseQuery
{
    /// <summary>Any of these statuses.</summary>
    public IList<CaseStatus> Statuses { get; } = [];

    /// <summary>Assigned to this user or functional role id.</summary>
    public string? AssigneeId { get; set; }

    /// <summary>Created at or after this time.</summary>
    public DateTimeOffset? CreatedFrom { get; set; }

    /// <summary>Created before this time.</summary>
    public DateTimeOffset? CreatedTo { get; set; }

    /// <summary>Changed at or after this time (results then come oldest change first).</summary>
    public DateTimeOffset? ModifiedSince { get; set; }

    /// <summary>Carrying this external reference.</summary>
    public ExternalReference? ExternalReference { get; set; }
}
