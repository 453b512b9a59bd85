namespace Connectors.Architecture.Tests;

/// <summary>
/// Dependencies only point downwards (shared/design/architecture.md): the engine knows no system, a client never
/// references another client, a recipe package pulls in only the two systems it joins, and the emulators reference
/// no client (they must be independent fakes, so a client bug cannot hide behind a shared type).
/// </summary>
public sealed class DependencyTests
{
    private static readonly string[] Clients =
    [
        "Connectors.BigCommerce",
        "Connectors.OpenText.CoreCase",
        "Connectors.OpenText.Exstream",
        "Connectors.OpenText.TradingGrid",
        "Connectors.OpenText.WorkflowService",
    ];

    private static readonly Dictionary<string, string[]> RecipeSystems = new(StringComparer.Ordinal)
    {
        ["Connectors.Recipes.OrderExceptions"] = ["Connectors.BigCommerce", "Connectors.OpenText.CoreCase"],
        ["Connectors.Recipes.PartnerCases"] = ["Connectors.OpenText.TradingGrid", "Connectors.OpenText.CoreCase"],
        ["Connectors.Recipes.CaseCommunications"] = ["Connectors.OpenText.CoreCase", "Connectors.OpenText.Exstream"],
        ["Connectors.Recipes.PartnerWorkflows"] = ["Connectors.OpenText.TradingGrid", "Connectors.OpenText.WorkflowService"],
        ["Connectors.Recipes.OrderToCash"] = ["Connectors.BigCommerce"],
    };

    private readonly ProjectGraph _graph = ProjectGraph.Load();

    [Fact]
    public void Every_client_and_recipe_package_the_rules_name_exists()
    {
        Assert.All(Clients.Concat(RecipeSystems.Keys), p => Assert.Contains(p, _graph.Projects));
        Assert.Contains("Connectors.Scenarios", _graph.Projects);
    }

    [Fact]
    public void Every_recipe_package_in_src_is_named_in_the_rules()
    {
        var recipes = _graph.Projects.Where(p => p.StartsWith("Connectors.Recipes.", StringComparison.Ordinal));

        Assert.All(recipes, p => Assert.True(RecipeSystems.ContainsKey(p), $"{p} has no rule: which two systems does it join?"));
    }

    [Fact]
    public void The_engine_its_stores_and_the_hosting_package_reference_no_system_client()
    {
        var engine = _graph.Projects.Where(p => p == "Connectors.Scenarios" || p.StartsWith("Connectors.Scenarios.", StringComparison.Ordinal) || p == "Connectors.AspNetCore");

        Assert.All(engine, p => Assert.Empty(_graph.Closure(p).Intersect(Clients)));
    }

    [Fact]
    public void A_client_never_references_another_client()
    {
        Assert.All(Clients, client => Assert.Empty(_graph.Closure(client).Intersect(Clients)));
    }

    [Fact]
    public void A_recipe_package_pulls_in_only_the_clients_of_its_own_pair()
    {
        Assert.All(RecipeSystems, rule =>
        {
            var clients = _graph.Closure(rule.Key).Intersect(Clients).Order(StringComparer.Ordinal);
            Assert.Equal(rule.Value.Order(StringComparer.Ordinal), clients);
            Assert.Contains("Connectors.Scenarios", _graph.DirectReferences(rule.Key));
            Assert.DoesNotContain(_graph.Closure(rule.Key), p => p.StartsWith("Connectors.Recipes.", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_emulators_and_their_tool_reference_no_client_and_no_other_connectors_package()
    {
        var emulators = _graph.Projects.Where(p => p.StartsWith("Connectors.Emulators", StringComparison.Ordinal)).ToList();

        Assert.Contains("Connectors.Emulators", emulators);
        Assert.All(emulators, p => Assert.All(_graph.Closure(p), dependency => Assert.Equal("Connectors.Emulators", dependency)));
    }
}
