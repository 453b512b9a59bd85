using System.Diagnostics.CodeAnalysis;
using Connectors.OpenText.CoreCase;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>
/// How a communication names the case it belongs to: Exstream's <c>correlationId</c> field is
/// <c>case:{caseDefinitionId}/{caseId}</c> (<see cref="CaseRef.ToString"/>), so the jobs and delivery events of a case
/// can be found again and the case addressed (filing outputs, the timeline, delivery follow-up). The triggering event's
/// own correlation id travels in the job's driver data as <c>correlationId</c>.
/// </summary>
public static class CaseLink
{
    /// <summary>The prefix of a case link.</summary>
    public const string Prefix = "case:";

    /// <summary>The Exstream correlation id of the communications of <paramref name="caseRef"/>.</summary>
    /// <param name="caseRef">The Core Case case.</param>
    /// <returns><c>case:{caseDefinitionId}/{caseId}</c>.</returns>
    public static string Format(CaseRef caseRef)
    {
        ArgumentNullException.ThrowIfNull(caseRef);
        return Prefix + caseRef;
    }

    /// <summary>Reads the case from an Exstream correlation id.</summary>
    /// <param name="correlationId">The correlation id of a job or event.</param>
    /// <param name="caseRef">The case when it is a case link.</param>
    /// <returns>Whether <paramref name="correlationId"/> is a case link.</returns>
    public static bool TryParse(string? correlationId, [NotNullWhen(true)] out CaseRef? caseRef)
    {
        caseRef = null;
        return correlationId is not null && correlationId.StartsWith(Prefix, StringComparison.Ordinal)
            && CaseRef.TryParse(correlationId[Prefix.Length..], out caseRef);
    }
}
