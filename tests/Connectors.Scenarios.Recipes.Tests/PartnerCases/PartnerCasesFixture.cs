using Connectors.Emulators.CoreCase;
using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.CoreCase;

namespace Connectors.Scenarios.Recipes.Tests.PartnerCases;

/// <summary>Shortcuts into the emulators for the partner-case tests.</summary>
internal static class PartnerCasesFixture
{
    public const string CaseType = CoreCaseState.DefaultCaseTypeId;

    public const string Partner = TradingGridSeed.VeronaVittles;

    public static TradingGridState Grid(this RecipeHost host) => host.Systems.TradingGrid.State;

    public static CoreCaseState Cases(this RecipeHost host) => host.Systems.CoreCase.State;

    public static CoreCaseClient CoreCase(this RecipeHost host) => host.Get<CoreCaseClient>();

    public static TgSpace PartnerSpace(this RecipeHost host) => host.Grid().Spaces.First(s => s.PartnerCompanyId == Partner);

    public static IReadOnlyList<EmulatedCase> CasesFor(this RecipeHost host, string id)
        => host.Cases().FindByExternalReference($"tradinggrid:{Partner}", id);

    public static IReadOnlyList<TgPost> PostsIn(this RecipeHost host, string threadId)
        => host.Grid().Posts.Where(p => p.ThreadId == threadId).ToArray();

    public static IReadOnlyList<TgPost> PostsByUs(this RecipeHost host, string threadId)
        => host.PostsIn(threadId).Where(p => p.Author.CompanyId != Partner).ToArray();
}
