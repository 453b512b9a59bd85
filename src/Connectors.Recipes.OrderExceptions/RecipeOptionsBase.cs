namespace Connectors.Recipes.OrderExceptions;

/// <summary>Choices every recipe of this section has: the case type and how often poll twins run.</summary>
public abstract class RecipeOptionsBase
{
    /// <summary>The Core Case case type of the cases the recipe opens (required).</summary>
    public string CaseDefinitionId { get; set; } = "";

    /// <summary>The group (queue) new cases are assigned to; unassigned when empty.</summary>
    public string? AssigneeGroup { get; set; }

    /// <summary>How often the poll twins run when the host runs pollers.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Where the first BigCommerce poll starts (history before it is ignored); all records when <see langword="null"/>.</summary>
    public DateTimeOffset? PollFrom { get; set; }

    /// <summary>Checks the options and throws a clear message naming <paramref name="recipe"/> when one is wrong.</summary>
    /// <param name="recipe">The recipe (catalog id) the options belong to.</param>
    public void Validate(string recipe)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(CaseDefinitionId))
        {
            problems.Add("CaseDefinitionId is required");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            problems.Add("PollInterval must be positive");
        }

        Check(problems);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid options for recipe {recipe}: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>Adds the recipe's own problems.</summary>
    /// <param name="problems">Where to add them.</param>
    protected virtual void Check(List<string> problems)
    {
    }
}
