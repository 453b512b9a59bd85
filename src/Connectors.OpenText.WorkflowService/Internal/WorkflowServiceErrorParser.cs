using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText;

namespace Connectors.OpenText.WorkflowService.Internal;

/// <summary>
/// Reads the Workflow Service's error bodies, <c>{"message": "Conflict", "exception": "Task … is already completed."}</c>:
/// the detail is in <c>exception</c> (OpenText's demo shows it: <c>error.response.data.exception</c>). Any other body
/// (the Apigee <c>fault</c>, plain text) goes to the shared OpenText parser.
/// </summary>
internal static class WorkflowServiceErrorParser
{
    /// <summary>Parses a body; never throws for malformed input.</summary>
    public static ErrorDetails Parse(int status, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return ErrorDetails.None;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("exception", out var exception) && exception.ValueKind == JsonValueKind.String)
            {
                return new ErrorDetails(null, exception.GetString());
            }
        }
        catch (JsonException)
        {
            // Not JSON: the shared parser keeps the start of the text as the message.
        }

        return OpenTextErrorParser.Parse(status, body);
    }
}
