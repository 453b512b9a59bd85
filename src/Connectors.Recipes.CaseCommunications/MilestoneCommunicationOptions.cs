namespace Connectors.Recipes.CaseCommunications;

/// <summary>Options of CC-EX-1 (milestone communications).</summary>
public sealed class MilestoneCommunicationOptions : CaseCommunicationOptions
{
    /// <summary>The Exstream communication (template) per milestone; a milestone without one sends nothing.</summary>
    public IDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["approval"] = "approval-letter",
        ["denial"] = "denial-letter",
        ["escalation"] = "escalation-notice",
        ["closure"] = "closure-letter",
    };

    /// <summary>Case statuses that are milestones by themselves (status → milestone). Default <c>CLOSED</c> → closure.</summary>
    public IDictionary<string, string> StatusMilestones { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CLOSED"] = "closure",
    };

    /// <summary>The case attribute whose new value names a milestone (approval, denial, escalation). Default <c>milestone</c>.</summary>
    public string MilestoneAttribute { get; set; } = "milestone";

    /// <inheritdoc />
    protected override void AddErrors(List<string> errors)
    {
        CheckTemplates(errors, nameof(Templates), Templates);
        if (string.IsNullOrWhiteSpace(MilestoneAttribute))
        {
            errors.Add("MilestoneAttribute is required.");
        }

        foreach (var (status, milestone) in StatusMilestones)
        {
            if (!Templates.ContainsKey(milestone))
            {
                errors.Add($"StatusMilestones['{status}'] names milestone '{milestone}', which has no template.");
            }
        }
    }
}
