using System.Diagnostics.CodeAnalysis;

namespace Connectors.Recipes.CaseCommunications;

/// <summary>
/// How a communication names the case it belongs to: Exstream's <c>correlationId</c> field is <c>case:{caseId}</c>, so
/// the jobs and delivery events of a case can be found again (filing outputs, the timeline, delivery follow-up).
/// The triggering event's own correlation id travels in the job's driver data as <c>correlationId</c>.
/// </summary>
public static class CaseLink
{
    /// <summary>The prefix of a case link.</summary>
    public const string Prefix = "case:";

    /// <summary>The Exstream correlation id of the communications of <paramref name="caseId"/>.</summary>
    /// <param name="caseId">The Core Case case id.</param>
    /// <returns><c>case:{caseId}</c>.</returns>
    public static string Format(string caseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        return Prefix + caseId;
    }

    /// <summary>Reads the case id from an Exstream correlation id.</summary>
    /// <param name="correlationId">The correlation id of a job or event.</param>
    /// <param name="caseId">The case id when it is a case link.</param>
    /// <returns>Whether <paramref name="correlationId"/> is a case link.</returns>
    public static bool TryParse(string? correlationId, [NotNullWhen(true)] out string? caseId)
    {
        caseId = null;
        if (correlationId is null || !correlationId.StartsWith(Prefix, StringComparison.Ordinal) || correlationId.Length == Prefix.Length)
        {
            return false;
        }

        caseId = correlationId[Prefix.Length..];
        return true;
    }
}
