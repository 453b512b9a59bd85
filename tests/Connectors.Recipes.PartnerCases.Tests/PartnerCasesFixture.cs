using Connectors.Emulators.CoreCase;
using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.CoreCase;

namespace Connectors.Recipes.PartnerCases.Tests;

/// <summary>Shortcuts into the emulators for the partner-case tests.</summary>
internal static class PartnerCasesFixture
{
    public const string CaseType = CoreCaseState.DefaultCaseDefinitionId;

    public const string Partner = TradingGridSeed.VeronaVittles;

    public static TradingGridState Grid(this RecipeTestHost host) => host.Systems.TradingGrid.State;

    public static CoreCaseState Cases(this RecipeTestHost host) => host.Systems.CoreCase.State;

    public static CoreCaseClient CoreCase(this RecipeTestHost host) => host.Get<CoreCaseClient>();

    public static TgSpace PartnerSpace(this RecipeTestHost host) => host.Grid().Spaces.First(s => s.PartnerCompanyId == Partner);

    public static IReadOnlyList<EmulatedCase> CasesFor(this RecipeTestHost host, string id)
        => host.Cases().FindByExternalReference($"tradinggrid:{Partner}", id);

    public static IReadOnlyList<TgPost> PostsIn(this RecipeTestHost host, string threadId)
        => host.Grid().Posts.Where(p => p.ThreadId == threadId).ToArray();

    public static IReadOnlyList<TgPost> PostsByUs(this RecipeTestHost host, string threadId)
        => host.PostsIn(threadId).Where(p => p.Author.CompanyId != Partner).ToArray();
}
