using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.CoreCase.Wire;

namespace Connectors.OpenText.CoreCase;

/// <summary>Reads Core Case error bodies and turns the conflicts callers act on into typed exceptions.</summary>
internal static class CoreCaseErrors
{
    public const string InvalidTransition = "INVALID_STATUS_TRANSITION";
    public const string DuplicateExternalReference = "DUPLICATE_EXTERNAL_REFERENCE";

    /// <summary>OpenText's shared parser, plus CCMA's <c>details[{field,message}]</c> field errors.</summary>
    public static ErrorDetails Parse(int status, string body)
    {
        var details = OpenTextErrorParser.Parse(status, body);
        if (details.FieldErrors is { Count: > 0 } || Read(body) is not { Details.Count: > 0 } wire)
        {
            return details;
        }

        return details with { FieldErrors = [.. wire.Details.Select(d => new FieldError(d.Field ?? string.Empty, d.Message ?? string.Empty))] };
    }

    /// <summary>The typed exception for a conflict callers act on, or the original one.</summary>
    public static ConnectorException Translate(ConnectorConflictException error)
    {
        var wire = Read(error.ResponseBody);
        return error.ErrorCode switch
        {
            // Core fills its exceptions internally; these subtypes get the same facts through init accessors.
            InvalidTransition when wire?.RequestedStatus is { } requested => new CaseTransitionException(
                error.System,
                error.Message,
                wire.CurrentStatus is null ? null : new CaseStatus(wire.CurrentStatus),
                new CaseStatus(requested),
                [.. (wire.AllowedStatuses ?? []).Select(s => new CaseStatus(s))])
            {
                Status = error.Status, ErrorCode = error.ErrorCode, VendorMessage = error.VendorMessage, FieldErrors = error.FieldErrors,
                RequestId = error.RequestId, CorrelationId = error.CorrelationId, Request = error.Request, ResponseBody = error.ResponseBody,
            },
            DuplicateExternalReference => new DuplicateExternalReferenceException(error.System, error.Message, wire?.ExistingCaseId)
            {
                Status = error.Status, ErrorCode = error.ErrorCode, VendorMessage = error.VendorMessage, FieldErrors = error.FieldErrors,
                RequestId = error.RequestId, CorrelationId = error.CorrelationId, Request = error.Request, ResponseBody = error.ResponseBody,
            },
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
