namespace Connectors.Recipes.PartnerWorkflows;

/// <summary>What every partner-workflow recipe lets you choose.</summary>
public abstract class PartnerWorkflowOptions
{
    /// <summary>How often the poll twins run (they catch what callbacks missed). One minute by default.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The process definition key the recipe starts.</summary>
    public abstract string ProcessDefinitionKey { get; set; }

    /// <summary>
    /// Process variables that may appear in partner posts through <c>{name}</c> placeholders. Everything else
    /// (internal notes, amounts, reviewers) never leaves: a placeholder for it renders empty.
    /// </summary>
    public ISet<string> PartnerVisibleVariables { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Checks the options; the message says which one is wrong.</summary>
    /// <param name="recipe">The recipe id, for the message.</param>
    internal virtual void Validate(string recipe)
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            throw Invalid(recipe, "PollInterval must be positive.");
        }

        if (string.IsNullOrWhiteSpace(ProcessDefinitionKey))
        {
            throw Invalid(recipe, "ProcessDefinitionKey is required.");
        }
    }

    /// <summary>An options error naming the recipe.</summary>
    /// <param name="recipe">The recipe id.</param>
    /// <param name="message">What is wrong.</param>
    internal static ArgumentException Invalid(string recipe, string message) => new($"{recipe} options: {message}");

    /// <summary>Fails when a template map is empty or has a blank template.</summary>
    internal static void RequireTemplates(string recipe, string name, IDictionary<string, string> templates)
    {
        if (templates.Count == 0 || templates.Any(t => string.IsNullOrWhiteSpace(t.Key) || string.IsNullOrWhiteSpace(t.Value)))
        {
            throw Invalid(recipe, $"{name} needs at least one entry and no blank key or template.");
        }
    }

    /// <summary>Fails when a text option is blank.</summary>
    internal static void Require(string recipe, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(recipe, $"{name} is required.");
        }
    }
}
