namespace Connectors.Core;

/// <summary>A validation error the service reported for one field of a request.</summary>
/// <param name="Field">The field name as the service spells it (may be a path such as <c>billing_address.email</c>).</param>
/// <param name="Message">The service's message for the field.</param>
public sealed record FieldError(string Field, string Message);
