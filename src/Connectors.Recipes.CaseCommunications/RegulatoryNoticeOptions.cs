namespace Connectors.Recipes.CaseCommunications;

/// <summary>Options of CC-EX-4 (regulatory notices).</summary>
public sealed class RegulatoryNoticeOptions : CaseCommunicationOptions
{
    /// <summary>The case attribute a compliance officer sets to the notice type to issue. Default <c>complianceAction</c>.</summary>
    public string ActionAttribute { get; set; } = "complianceAction";

    /// <summary>
    /// The controlled template per notice type. Only these may be used: a notice type not listed is an error
    /// (dead-lettered with the reason), never a free-form letter.
    /// </summary>
    public IDictionary<string, string> Notices { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["regulatory-notice"] = "regulatory-notice",
    };

    /// <summary>Also submit the notice on the archive channel so it is retained for audit. Default true.</summary>
    public bool RetainInArchive { get; set; } = true;

    /// <inheritdoc />
    protected override void AddErrors(List<string> errors)
    {
        CheckTemplates(errors, nameof(Notices), Notices);
        if (string.IsNullOrWhiteSpace(ActionAttribute))
        {
            errors.Add("ActionAttribute is required.");
        }
    }
}
