namespace Connectors.Core;

/// <summary>What a vendor-specific error parser extracted from an error response body.</summary>
/// <param name="ErrorCode">The vendor's error code, if any.</param>
/// <param name="Message">The vendor's human-readable message, if any.</param>
/// <param name="FieldErrors">Per-field validation errors, if any.</param>
public sealed record ErrorDetails(string? ErrorCode, string? Message, IReadOnlyList<FieldError>? FieldErrors = null)
{
    /// <summary>No details could be read.</summary>
    public static ErrorDetails None { get; } = new(null, null);
}

/// <summary>Reads a vendor's error body (already read as text, may be empty or not JSON) into <see cref="ErrorDetails"/>.</summary>
/// <param name="statusCode">The HTTP status.</param>
/// <param name="body">The response body as text (possibly truncated, possibly empty).</param>
/// <returns>The details; never throws for malformed bodies.</returns>
public delegate ErrorDetails ErrorParser(int statusCode, string body);
