namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>
/// The Core Case (CCMA) routes OpenText publishes, relative to the API root <c>{BaseAddress}api/v1/</c>
/// (docs/api/core-case.md). Sources: [ART] OpenText's forum article "Postman Collection for Core Case Management (CCMA)
/// including examples" (request names, <c>caseinstance1.json</c>, <c>CaseInstanceDTO.json</c>); [OAS] the published
/// "Core Case Application API" request "Edit Case Data including default attributes, custom attributes and input forms"
/// (<c>PUT {{baseUrl}}/api/v1/case-definitions/:caseDefinitionId/cases/:caseId/case-data</c>). A case is addressed by its
/// definition and its id. The guesses live in <see cref="AssumedRoutes"/>, nowhere else.
/// </summary>
internal static class CoreCaseRoutes
{
    /// <summary>[OAS] every request: <c>{{baseUrl}}/api/v1/…</c>.</summary>
    public const string ApiRoot = "api/v1/";

    /// <summary>[ART] "Create Case Definition" (sets <c>case_definition_id</c>); GET lists them (kebab-case path family).</summary>
    public const string CaseDefinitions = "case-definitions";

    /// <summary>[ART]/[OAS] one case definition: <c>case-definitions/{caseDefinitionId}</c>.</summary>
    public static string CaseDefinition(string caseDefinitionId) => $"{CaseDefinitions}/{E(caseDefinitionId)}";

    /// <summary>
    /// [ART] "Create Case" and "Create Case with Attachments" (set <c>case_id</c>): <c>POST</c> the body of
    /// <c>caseinstance1.json</c>; [OAS] the cases of a definition live under it.
    /// </summary>
    public static string Cases(string caseDefinitionId) => $"{CaseDefinition(caseDefinitionId)}/cases";

    /// <summary>[OAS] one case: <c>case-definitions/{caseDefinitionId}/cases/{caseId}</c> (built in one go: a case is read often).</summary>
    public static string Case(CaseRef caseRef) => $"{CaseDefinitions}/{E(caseRef.CaseDefinitionId)}/cases/{E(caseRef.CaseId)}";

    /// <summary>[OAS] "Edit Case Data including default attributes, custom attributes and input forms": <c>PUT</c> <c>{caseProperties}</c>.</summary>
    public static string CaseData(CaseRef caseRef) => $"{Case(caseRef)}/case-data";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
