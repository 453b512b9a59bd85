using Connectors.Core;

namespace Connectors.OpenText.CoreCase;

/// <summary>
/// The case does not exist, or not under the definition it was addressed with (404). <see cref="ConnectorException.VendorMessage"/>
/// keeps the service's words.
/// </summary>
public class CaseNotFoundException : ConnectorNotFoundException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="case">The case asked for.</param>
    public CaseNotFoundException(string system, string message, CaseRef @case)
        : base(system, message)
    {
        Case = @case;
    }

    internal CaseNotFoundException(ConnectorException source, CaseRef @case)
        : this(source.System, source.Message, @case)
    {
        Status = source.Status;
        ErrorCode = source.ErrorCode;
        VendorMessage = source.VendorMessage;
        FieldErrors = source.FieldErrors;
        RequestId = source.RequestId;
        CorrelationId = source.CorrelationId;
        Request = source.Request;
        ResponseBody = source.ResponseBody;
    }

    /// <summary>The case asked for.</summary>
    public CaseRef Case { get; }
}

/// <summary>The case definition does not exist (404). <see cref="ConnectorException.VendorMessage"/> keeps the service's words.</summary>
public class CaseDefinitionNotFoundException : ConnectorNotFoundException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="caseDefinitionId">The definition asked for.</param>
    public CaseDefinitionNotFoundException(string system, string message, string caseDefinitionId)
        : base(system, message)
    {
        CaseDefinitionId = caseDefinitionId;
    }

    internal CaseDefinitionNotFoundException(ConnectorException source, string caseDefinitionId)
        : this(source.System, source.Message, caseDefinitionId)
    {
        Status = source.Status;
        ErrorCode = source.ErrorCode;
        VendorMessage = source.VendorMessage;
        FieldErrors = source.FieldErrors;
        RequestId = source.RequestId;
        CorrelationId = source.CorrelationId;
        Request = source.Request;
        ResponseBody = source.ResponseBody;
    }

    /// <summary>The definition asked for.</summary>
    public string CaseDefinitionId { get; }
}

/// <summary>
/// The case cannot move to the requested status from its current one (assumed <c>409 INVALID_STATUS_TRANSITION</c>).
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

    internal CaseTransitionException(ConnectorException source, CaseStatus? currentStatus, CaseStatus requestedStatus, IReadOnlyList<CaseStatus> allowedStatuses)
        : this(source.System, source.Message, currentStatus, requestedStatus, allowedStatuses)
    {
        Status = source.Status;
        ErrorCode = source.ErrorCode;
        VendorMessage = source.VendorMessage;
        FieldErrors = source.FieldErrors;
        RequestId = source.RequestId;
        CorrelationId = source.CorrelationId;
        Request = source.Request;
        ResponseBody = source.ResponseBody;
    }

    /// <summary>The case's status, when the service reported it.</summary>
    public CaseStatus? CurrentStatus { get; }

    /// <summary>The status asked for.</summary>
    public CaseStatus RequestedStatus { get; }

    /// <summary>The statuses reachable from the current one (empty when not reported).</summary>
    public IReadOnlyList<CaseStatus> AllowedStatuses { get; }
}

/// <summary>
/// Another case already carries the external reference (assumed <c>409 DUPLICATE_EXTERNAL_REFERENCE</c>).
/// <see cref="CaseService.FindOrCreateAsync"/> handles it for you by returning that case.
/// </summary>
public class DuplicateExternalReferenceException : ConnectorConflictException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="message">The message.</param>
    /// <param name="existingCase">The case that has the reference, when reported.</param>
    public DuplicateExternalReferenceException(string system, string message, CaseRef? existingCase)
        : base(system, message)
    {
        ExistingCase = existingCase;
    }

    internal DuplicateExternalReferenceException(ConnectorException source, CaseRef? existingCase)
        : this(source.System, source.Message, existingCase)
    {
        Status = source.Status;
        ErrorCode = source.ErrorCode;
        VendorMessage = source.VendorMessage;
        FieldErrors = source.FieldErrors;
        RequestId = source.RequestId;
        CorrelationId = source.CorrelationId;
        Request = source.Request;
        ResponseBody = source.ResponseBody;
    }

    /// <summary>The case that already has the reference, when the service reported it.</summary>
    public CaseRef? ExistingCase { get; }
}
