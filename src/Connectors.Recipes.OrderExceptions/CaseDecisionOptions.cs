namespace Connectors.Recipes.OrderExceptions;

/// <summary>Options of the recipes whose flow-back acts on a case decision (BC-CC-2, 5, 7, 8).</summary>
public abstract class CaseDecisionOptions : RecipeOptionsBase
{
    /// <summary>The case status that carries the decision.</summary>
    public string DecisionCaseStatus { get; set; } = "RESOLVED";

    /// <summary>The case attribute holding the decision; the status-change reason is used when it is not set.</summary>
    public string OutcomeAttribute { get; set; } = "outcome";

    /// <inheritdoc />
    protected override void Check(List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(DecisionCaseStatus))
        {
            problems.Add("DecisionCaseStatus is required");
        }

        if (string.IsNullOrWhiteSpace(OutcomeAttribute))
        {
            problems.Add("OutcomeAttribute is required");
        }
    }

    /// <summary>Adds a problem for every outcome that appears in more than one of <paramref name="sets"/>.</summary>
    /// <param name="problems">Where to add them.</param>
    /// <param name="sets">The outcome sets by option name.</param>
    protected static void CheckDisjoint(List<string> problems, params (string Name, ISet<string> Outcomes)[] sets)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(sets);
        for (var i = 0; i < sets.Length; i++)
        {
            for (var j = i + 1; j < sets.Length; j++)
            {
                foreach (var outcome in sets[i].Outcomes.Where(sets[j].Outcomes.Contains))
                {
                    problems.Add($"outcome '{outcome}' is in both {sets[i].Name} and {sets[j].Name}");
                }
            }
        }
    }
}
