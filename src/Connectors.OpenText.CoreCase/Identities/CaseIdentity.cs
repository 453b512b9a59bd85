namespace Connectors.OpenText.CoreCase;

/// <summary>
/// A person or functional role as Core Case publishes it: <c>{id, etsUuid, caseIdentityType: User | FunctionalRole,
/// firstName, lastName, email}</c> (e.g. a case's <c>createdByUser</c>). Assign with <see cref="User"/> or <see cref="FunctionalRole"/>.
/// </summary>
/// <param name="Id">The identity id.</param>
/// <param name="Type">User or functional role (<c>caseIdentityType</c>).</param>
public sealed record CaseIdentity(string Id, CaseIdentityType Type)
{
    /// <summary>The identity's id in OpenText's directory (<c>etsUuid</c>).</summary>
    public string? EtsUuid { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>A user.</summary>
    /// <param name="id">The user id.</param>
    public static CaseIdentity User(string id) => new(id, CaseIdentityType.User);

    /// <summary>A functional role (a team or queue).</summary>
    /// <param name="id">The role id.</param>
    public static CaseIdentity FunctionalRole(string id) => new(id, CaseIdentityType.FunctionalRole);
}
