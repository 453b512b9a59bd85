namespace Connectors.Recipes.CaseCommunications;

/// <summary>Options of CC-EX-3 (dispute and complaint letters with revision).</summary>
public sealed class DisputeLetterOptions : CaseCommunicationOptions
{
    /// <summary>The case attribute holding the outcome (for example upheld, rejected, settled). Default <c>outcome</c>.</summary>
    public string OutcomeAttribute { get; set; } = "outcome";

    /// <summary>The letter per outcome value; outcomes not listed use <see cref="DefaultTemplate"/>.</summary>
    public IDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["settled"] = "settlement-letter",
    };

    /// <summary>The formal response letter for any other outcome; <see langword="null"/> sends nothing for them. Default <c>dispute-response-letter</c>.</summary>
    public string? DefaultTemplate { get; set; } = "dispute-response-letter";

    /// <inheritdoc />
    protected override void AddErrors(List<string> errors)
    {
        CheckTemplates(errors, nameof(Templates), Templates);
        if (string.IsNullOrWhiteSpace(OutcomeAttribute))
        {
            errors.Add("OutcomeAttribute is required.");
        }

        if (DefaultTemplate is { Length: 0 })
        {
            errors.Add("DefaultTemplate must be null or a communication id.");
        }
    }
}
