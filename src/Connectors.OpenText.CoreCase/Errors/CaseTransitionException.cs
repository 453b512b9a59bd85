using Connectors.Core;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// The case cannot move to the requested status from its current one (<c>409 INVALID_STATUS_TRANSITION</c>).
/// Not transient: re-read the case and pick a lawful step from <see cref="AllowedStatuses"/>.
/// </summary>
public class CaseTransitionException : ConnectorConflictException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="currentStatus">The case's status.</param>
    /// <param name="requestedStatus">The status asked for.</param>
    /// <param name="allowedStatuses">The statuses reachable from <paramref name="currentStatus"/>.</param>
    public CaseTransitionException(string system, string message, CaseStatus? currentStatus, CaseStatus requestedStatus, IReadOnlyList<CaseStatus> allowedStatuses)
        : base(system, message)
    {
        CurrentStatus = currentStatus;
        RequestedStatus = requestedStatus;
        AllowedStatuses = allowedStatuses;
    }

    /// <summary>The case's status, when the service reported it.</summary>
    public CaseStatus? CurrentStatus { get; }

    /// <summary>The status asked for.</summary>
    public CaseStatus RequestedStatus { get; }

    /// <summary>The statuses reachable from the current one (empty when not reported).</summary>
    public IReadOnlyList<CaseStatus> AllowedStatuses { get; }
}

/// <summary>
/// Another case already carries the external reference (<c>409 DUPLICATE_EXTERNAL_REFERENCE</c>).
/// <see cref="CaseService.FindOrCreateAsync"/> handles it for you by returning that case.
/// </summary>
public class DuplicateExternalReferenceException : ConnectorConflictException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="existingCaseId">The case that has the reference, when reported.</param>
    public DuplicateExternalReferenceException(string system, string message, string? existingCaseId)
        : base(system, message)
    {
        ExistingCaseId = existingCaseId;
    }

    /// <summary>The case that already has the reference, when the service reported it.</summary>
    public string? ExistingCaseId { get; }
}
