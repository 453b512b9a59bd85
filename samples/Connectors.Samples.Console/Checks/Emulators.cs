using Connectors.Emulators.CoreCase;
using Connectors.Emulators.TradingGrid;
using Connectors.Samples.Catalog;
using Connectors.Scenarios;
using Connectors.Scenarios.Events;

namespace Connectors.Samples.Checks;

/// <summary>Shortcuts from a check's context into the emulators and the inbox (sections B to E).</summary>
internal static class Emulators
{
    /// <summary>The Trading Grid partner whose community space the partner checks use.</summary>
    public const string Partner = TradingGridSeed.VeronaVittles;

    public static TradingGridState Grid(this CatalogContext context) => context.Systems!.TradingGrid.State;

    public static CoreCaseState CaseState(this CatalogContext context) => context.Systems!.CoreCase.State;

    /// <summary>Cases the partner recipes opened under an external reference id of <see cref="Partner"/>.</summary>
    public static IReadOnlyList<EmulatedCase> PartnerCases(this CatalogContext context, string referenceId)
        => context.CaseState().FindByExternalReference($"tradinggrid:{Partner}", referenceId);

    public static string PartnerSpaceId(this CatalogContext context)
        => context.Grid().Spaces.First(s => s.PartnerCompanyId == Partner).SpaceId;

    public static IReadOnlyList<TgPost> PostsByUs(this CatalogContext context, string threadId)
        => [.. context.Grid().Posts.Where(p => p.ThreadId == threadId && p.Author.CompanyId != Partner)];

    public static IReadOnlyList<TgPost> PartnerVisiblePosts(this CatalogContext context, string threadId)
        => [.. context.Grid().Posts.Where(p => p.ThreadId == threadId && p.Visibility == "Partner")];

    /// <summary>A post's text without the <c>[ref …]</c> line the recipes end it with (their find-first marker).</summary>
    public static string WithoutRef(string body)
    {
        var marker = body.LastIndexOf("\n\n[ref ", StringComparison.Ordinal);
        return marker < 0 ? body : body[..marker];
    }

    /// <summary>Submits a host event and waits until the runner has processed it.</summary>
    public static async Task<SubmitResult> SubmitAndWaitAsync(this CatalogContext context, EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var result = await context.Inbox.SubmitAsync(envelope, cancellationToken).ConfigureAwait(false);
        await context.Runner.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
