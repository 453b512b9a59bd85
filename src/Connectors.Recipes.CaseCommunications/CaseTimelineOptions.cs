namespace Connectors.Recipes.CaseCommunications;

/// <summary>Options of CC-EX-7 (the case timeline query).</summary>
public sealed class CaseTimelineOptions
{
    /// <summary>Show that an internal note was added (never its text). Default false: internal notes are left out.</summary>
    public bool IncludeInternalNotes { get; set; }

    /// <summary>Show job completion lines as well as submissions and deliveries. Default true.</summary>
    public bool IncludeJobCompletion { get; set; } = true;

    /// <summary>Checks the options (nothing can be wrong today; kept for symmetry with the other recipes).</summary>
    public void Validate()
    {
    }
}
