using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>
/// Reads Core Case error bodies (OpenText's shared shapes, plus the assumed <c>details[{field,message}]</c>) and turns
/// the errors callers act on into typed exceptions that keep the vendor's message.
/// </summary>
internal static class CoreCaseErrorParser
{
    public const string InvalidTransition = "INVALID_STATUS_TRANSITION";
    public const string DuplicateExternalReference = "DUPLICATE_EXTERNAL_REFERENCE";
    public const string CaseDefinitionNotFound = "CASE_DEFINITION_NOT_FOUND";

    public static ErrorDetails Parse(int status, string body)
    {
        var details = OpenTextErrorParser.Parse(status, body);
        if (details.FieldErrors is { Count: > 0 } || Read(body) is not { Details.Count: > 0 } wire)
        {
            return details;
        }

        return details with { FieldErrors = [.. wire.Details.Select(d => new FieldError(d.Field ?? string.Empty, d.Message ?? string.Empty))] };
    }

    /// <summary>
    /// The typed exception for an error callers act on, or the original one. <paramref name="caseDefinitionId"/> and
    /// <paramref name="subject"/> say what the failed call addressed.
    /// </summary>
    public static ConnectorException Translate(ConnectorException error, string? caseDefinitionId, CaseRef? subject)
    {
        var wire = Read(error.ResponseBody);
        return error switch
        {
            ConnectorNotFoundException when caseDefinitionId is not null && (error.ErrorCode == CaseDefinitionNotFound || subject is null)
                => new CaseDefinitionNotFoundException(error, caseDefinitionId),
            ConnectorNotFoundException when subject is not null => new CaseNotFoundException(error, subject),
            ConnectorConflictException when error.ErrorCode == InvalidTransition && wire?.RequestedStatus is { } requested
                => new CaseTransitionException(
                    error,
                    wire.CurrentStatus is null ? null : new CaseStatus(wire.CurrentStatus),
                    new CaseStatus(requested),
                    [.. (wire.AllowedStatuses ?? []).Select(s => new CaseStatus(s))]),
            ConnectorConflictException when error.ErrorCode == DuplicateExternalReference
                => new DuplicateExternalReferenceException(
                    error,
                    wire?.ExistingCaseId is { Length: > 0 } existing && (wire.ExistingCaseDefinitionId ?? caseDefinitionId) is { Length: > 0 } definition
                        ? new CaseRef(definition, existing)
                        : null),
            _ => error,
        };
    }

    private static ErrorWire? Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, CoreCaseJsonContext.Default.ErrorWire);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
