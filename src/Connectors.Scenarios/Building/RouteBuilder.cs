namespace Connectors.Scenarios.Building;

/// <summary>Declares the branches of <see cref="ScenarioBuilder{T}.Route"/>, checked in order.</summary>
/// <typeparam name="T">The value being routed.</typeparam>
public sealed class RouteBuilder<T>
{
    private readonly ScenarioDefinition _definition;
    private readonly List<(Func<T, bool> Condition, ScenarioPipeline Branch)> _branches = [];
    private bool _hasOtherwise;

    internal RouteBuilder(ScenarioDefinition definition)
    {
        _definition = definition;
    }

    /// <summary>Runs <paramref name="branch"/> for values where <paramref name="condition"/> holds.</summary>
    /// <param name="condition">The condition. It must be a pure function of the value.</param>
    /// <param name="branch">The rest of the scenario for these values.</param>
    /// <returns>This builder.</returns>
    public RouteBuilder<T> When(Func<T, bool> condition, Func<ScenarioBuilder<T>, ScenarioPipeline> branch)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(branch);
        if (_hasOtherwise)
        {
            throw new InvalidOperationException("Otherwise must be the last branch of a route.");
        }

        _branches.Add((condition, branch(ScenarioBuilder<T>.BranchEntry(_definition))));
        return this;
    }

    /// <summary>Runs <paramref name="branch"/> for values no earlier branch took.</summary>
    /// <param name="branch">The rest of the scenario for these values.</param>
    /// <returns>This builder.</returns>
    public RouteBuilder<T> Otherwise(Func<ScenarioBuilder<T>, ScenarioPipeline> branch)
    {
        When(static _ => true, branch);
        _hasOtherwise = true;
        return this;
    }

    internal IReadOnlyList<(Func<T, bool> Condition, ScenarioPipeline Branch)> Build()
        => _branches.Count == 0 ? throw new InvalidOperationException("A route needs at least one branch.") : _branches;
}
