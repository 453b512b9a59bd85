using System.Text.Json.Nodes;

namespace Connectors.Emulators.TradingGrid;

/// <summary>
/// The company's users, their roles and the entitlements, as OpenText's Community Management collection addresses them:
/// users by user id (details, update, delete) or login id (search, roles, entitlements). OpenText publishes the requests,
/// not the answers: a user is kept as the JSON the "Create User" request sends, plus <c>userId</c> (answered as
/// <c>uniqueId</c> on create); roles as <c>{"roleName"}</c> objects; entitlements as <c>{"entitlementName"}</c> objects (assumed).
/// </summary>
public sealed class TradingGridUsers
{
    private readonly object _gate = new();
    private readonly List<JsonObject> _users = [];
    private readonly Dictionary<string, List<string>> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _companyEntitlements = [];
    private long _ids;

    /// <summary>Every user, as JSON.</summary>
    public IReadOnlyList<JsonObject> All { get { lock (_gate) { return _users.Select(u => (JsonObject)u.DeepClone()).ToArray(); } } }

    /// <summary>The company's entitlements.</summary>
    public IReadOnlyList<string> CompanyEntitlements { get { lock (_gate) { return _companyEntitlements.ToArray(); } } }

    /// <summary>Adds a user; returns its user id.</summary>
    /// <param name="user">The user as the "Create User" request sends it (<c>loginId</c> required).</param>
    /// <param name="userId">The id to give it; a new one when <c>null</c>.</param>
    public string Add(JsonObject user, string? userId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var loginId = user["loginId"]?.GetValue<string>() ?? throw new ArgumentException("A user needs a loginId.", nameof(user));
        lock (_gate)
        {
            if (FindLocked(loginId) is not null)
            {
                throw new InvalidOperationException($"Login id '{loginId}' is taken.");
            }

            var stored = (JsonObject)user.DeepClone();
            stored.Remove("loginPassword");
            stored.Remove("userPasswordHint");
            userId ??= $"GCP{Interlocked.Increment(ref _ids):D10}";
            stored["userId"] = userId;
            stored["email"] ??= user["contactInformation"]?["email"]?.DeepClone();
            _users.Add(stored);
            _roles[loginId] = [];
            return userId;
        }
    }

    /// <summary>A user by user id or login id, or <c>null</c>.</summary>
    /// <param name="userIdOrLoginId">Either id.</param>
    public JsonObject? Find(string userIdOrLoginId)
    {
        lock (_gate)
        {
            return (JsonObject?)FindLocked(userIdOrLoginId)?.DeepClone();
        }
    }

    /// <summary>Merges the given properties into a user (the "Update User" request).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="changes">The properties to replace.</param>
    public bool Update(string userId, JsonObject changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            if (FindLocked(userId) is not { } user)
            {
                return false;
            }

            foreach (var (name, value) in changes)
            {
                if (name is not ("userId" or "loginId" or "loginPassword"))
                {
                    user[name] = value?.DeepClone();
                }
            }

            return true;
        }
    }

    /// <summary>Deletes a user.</summary>
    /// <param name="userId">The user id.</param>
    public bool Delete(string userId)
    {
        lock (_gate)
        {
            return FindLocked(userId) is { } user && _users.Remove(user) && _roles.Remove(user["loginId"]!.GetValue<string>());
        }
    }

    /// <summary>A user's roles, or <c>null</c> when there is no such login id.</summary>
    /// <param name="loginId">The login id.</param>
    public IReadOnlyList<string>? RolesOf(string loginId)
    {
        lock (_gate)
        {
            return _roles.TryGetValue(loginId, out var roles) ? roles.ToArray() : null;
        }
    }

    /// <summary>Adds or removes roles.</summary>
    /// <param name="loginId">The login id.</param>
    /// <param name="add">Whether to add (else remove).</param>
    /// <param name="roleNames">The roles.</param>
    public bool ChangeRoles(string loginId, bool add, IEnumerable<string> roleNames)
    {
        lock (_gate)
        {
            if (!_roles.TryGetValue(loginId, out var roles))
            {
                return false;
            }

            foreach (var role in roleNames)
            {
                if (add && !roles.Contains(role, StringComparer.Ordinal))
                {
                    roles.Add(role);
                }
                else if (!add)
                {
                    roles.Remove(role);
                }
            }

            return true;
        }
    }

    /// <summary>Sets the company's entitlements.</summary>
    /// <param name="names">The entitlement names.</param>
    public void SetCompanyEntitlements(params string[] names)
    {
        lock (_gate)
        {
            _companyEntitlements.Clear();
            _companyEntitlements.AddRange(names);
        }
    }

    private JsonObject? FindLocked(string id)
        => _users.FirstOrDefault(u => string.Equals(u["userId"]?.GetValue<string>(), id, StringComparison.Ordinal)
                                      || string.Equals(u["loginId"]?.GetValue<string>(), id, StringComparison.OrdinalIgnoreCase));
}
