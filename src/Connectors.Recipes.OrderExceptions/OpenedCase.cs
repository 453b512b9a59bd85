namespace Connectors.Recipes.OrderExceptions;

/// <summary>The case a recipe opened (or found) for a BigCommerce record; journaled so later steps get it on replay.</summary>
/// <param name="Case">The Core Case case (definition and id).</param>
/// <param name="CaseNumber">The human case number.</param>
/// <param name="OrderId">The order (0 when the case is about a product or customer).</param>
/// <param name="Reference">The external reference that ties the case to the record, for example <c>order:100:payment-declined</c>.</param>
/// <param name="Created">Whether this run created it.</param>
public sealed record OpenedCase(Connectors.OpenText.CoreCase.CaseRef Case, string? CaseNumber, int OrderId, string Reference, bool Created);
