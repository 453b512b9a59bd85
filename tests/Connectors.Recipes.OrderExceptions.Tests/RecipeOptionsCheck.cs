using Connectors.Scenarios.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions.Tests;

/// <summary>Adds recipes to a bare service collection (no host) to check option validation.</summary>
internal static class RecipeOptionsCheck
{
    public static void Add(Action<ScenariosBuilder> recipes) => recipes(new ServiceCollection().AddScenarios());
}
