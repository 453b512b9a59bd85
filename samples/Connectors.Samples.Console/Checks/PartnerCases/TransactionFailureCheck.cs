using Connectors.Testing;
using Connectors.OpenText.CoreCase;
using Connectors.Samples.Catalog;
using Connectors.Recipes.PartnerCases;

namespace Connectors.Samples.Checks.PartnerCases;

/// <summary>TG-CC-4: the seeded held invoice TX0000009004 (MD-PRICE-MISMATCH) opens one case with the error and the partner.</summary>
public sealed class TransactionFailureCheck : RecipeCheck
{
    private const string Reference = "transaction:TX0000009004:MD-PRICE-MISMATCH";

    /// <inheritdoc />
    public override string Id => TransactionFailureToCase.Id;

    /// <inheritdoc />
    protected override async Task<CheckResult> DriveAsync(CatalogContext context, CancellationToken cancellationToken)
    {
        await context.PollAndWaitAsync(TransactionFailureToCase.Poller, cancellationToken).ConfigureAwait(false);
        await context.PollAndWaitAsync(TransactionFailureToCase.Poller, cancellationToken).ConfigureAwait(false);

        var cases = context.PartnerCases(Reference);
        if (cases.Count != 1)
        {
            return CheckResult.Failed($"failed transaction TX0000009004: expected 1 case, found {cases.Count}");
        }

        var read = (await context.Get<CoreCaseClient>().Cases.GetAsync(cases[0].Ref(), cancellationToken).ConfigureAwait(false)).Value;
        var summary = read.Summary ?? string.Empty;
        if (!summary.Contains("MD-PRICE-MISMATCH", StringComparison.Ordinal) || !summary.Contains("Verona Vittles", StringComparison.Ordinal))
        {
            return CheckResult.Failed($"case {cases[0].CaseNumber}: summary lacks the error code or the partner");
        }

        return CheckResult.Ok($"failed transaction TX0000009004 (MD-PRICE-MISMATCH, Verona Vittles) → case {cases[0].CaseNumber}; re-poll: still 1 case");
    }
}
