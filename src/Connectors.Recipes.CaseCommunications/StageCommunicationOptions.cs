namespace Connectors.Recipes.CaseCommunications;

/// <summary>Options of CC-EX-5 (lifecycle stage communications).</summary>
public sealed class StageCommunicationOptions : CaseCommunicationOptions
{
    /// <summary>The template per stage; a stage without one sends nothing.</summary>
    public IDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["acknowledgement"] = "acknowledgement-letter",
        ["missing-information"] = "missing-information-request",
        ["renewal"] = "renewal-notice",
        ["approval"] = "approval-letter",
        ["closure"] = "closure-letter",
    };

    /// <summary>The stage a new case is in (its acknowledgement); <see langword="null"/> to send nothing on creation.</summary>
    public string? CreatedStage { get; set; } = "acknowledgement";

    /// <summary>Statuses that are stages by themselves (status → stage).</summary>
    public IDictionary<string, string> StatusStages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AWAITING_INFORMATION"] = "missing-information",
        ["CLOSED"] = "closure",
    };

    /// <summary>The case attribute holding the lifecycle stage (for example renewal, approval). Default <c>stage</c>.</summary>
    public string StageAttribute { get; set; } = "stage";

    /// <summary>
    /// The stage a case enters when its due date is within <see cref="DueDateLeadTime"/> (default renewal);
    /// <see langword="null"/> for no due-date trigger.
    /// </summary>
    public string? DueDateStage { get; set; } = "renewal";

    /// <summary>How long before its due date a case enters <see cref="DueDateStage"/>. Default 14 days.</summary>
    public TimeSpan DueDateLeadTime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The case statuses the due-date sweep looks at (closed and resolved cases are not reminded).</summary>
    public ISet<string> DueDateStatuses { get; } = new HashSet<string>(StringComparer.Ordinal) { "OPEN", "IN_PROGRESS", "AWAITING_INFORMATION" };

    /// <inheritdoc />
    protected override void AddErrors(List<string> errors)
    {
        CheckTemplates(errors, nameof(Templates), Templates);
        if (string.IsNullOrWhiteSpace(StageAttribute))
        {
            errors.Add("StageAttribute is required.");
        }

        if (CreatedStage is not null && !Templates.ContainsKey(CreatedStage))
        {
            errors.Add($"CreatedStage '{CreatedStage}' has no template.");
        }

        if (DueDateStage is not null && !Templates.ContainsKey(DueDateStage))
        {
            errors.Add($"DueDateStage '{DueDateStage}' has no template.");
        }

        if (DueDateStage is not null && (DueDateLeadTime <= TimeSpan.Zero || DueDateStatuses.Count == 0))
        {
            errors.Add("DueDateLeadTime must be positive and DueDateStatuses must name a status.");
        }
    }
}
