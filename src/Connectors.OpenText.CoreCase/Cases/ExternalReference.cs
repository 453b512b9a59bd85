namespace Connectors.OpenText.CoreCase;

/// <summary>
/// A reference from a case to a record in another system. Written in the assumed <c>externalReferences</c> attribute of
/// <c>caseProperties.defaultAttributes</c> (the case definition must define it); one reference belongs to at most one case.
/// </summary>
/// <param name="System">The other system, e.g. <c>bigcommerce:store-abc</c>.</param>
/// <param name="Id">The record's id there, e.g. <c>order:100:payment-declined</c>.</param>
public sealed record ExternalReference(string System, string Id);

/// <summary>The result of <see cref="CaseService.FindOrCreateAsync"/>.</summary>
/// <param name="Case">The case found or created.</param>
/// <param name="Created">Whether this call created it.</param>
public sealed record FindOrCreateCaseResult(CaseInstance Case, bool Created);
