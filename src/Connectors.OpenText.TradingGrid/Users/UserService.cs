using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// The company's users, their roles and entitlements (documented: BN-Trading-Grid Community Management collection).
/// Users are addressed by user id for details, updates and deletes, and by login id for roles and entitlements, as
/// the collection does; a login id can change, so look it up by listing users first.
/// </summary>
public class UserService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal UserService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected UserService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Lists the company's users: <c>GET …/companies/{companyId}/users</c>.</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public virtual AsyncPageable<TradingGridUser> ListAsync(CancellationToken cancellationToken = default)
        => DirectoryPaging.Create(
            _connection,
            () => ApiRequest.Get(TradingGridRoutes.Users(_options.CompanyId)),
            TradingGridJsonContext.Default.DirectoryListTradingGridUser,
            _options.PageSize,
            cancellationToken);

    /// <summary>Finds a user by login id: <c>GET …/users?loginId=</c>. The value is <c>null</c> when there is none.</summary>
    /// <param name="loginId">The login id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<TradingGridUser?>> FindByLoginIdAsync(string loginId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginId);
        var response = await _connection.SendAsync(
            ApiRequest.Get(TradingGridRoutes.Users(_options.CompanyId)).WithQuery("loginId", loginId),
            TradingGridJsonContext.Default.DirectoryListTradingGridUser,
            cancellationToken).ConfigureAwait(false);
        var user = response.Value.Items.FirstOrDefault(u => string.Equals(u.LoginId, loginId, StringComparison.OrdinalIgnoreCase))
                   ?? (response.Value.Items.Count == 1 ? response.Value.Items[0] : null);
        return new Response<TradingGridUser?>(user, response.GetRawResponse());
    }

    /// <summary>Gets one user: <c>GET …/users/{userId}</c> (the collection notes a login id works too).</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No such user.</exception>
    public virtual Task<Response<TradingGridUser>> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return _connection.SendAsync(ApiRequest.Get(TradingGridRoutes.User(_options.CompanyId, userId)), TradingGridJsonContext.Default.TradingGridUser, cancellationToken);
    }

    /// <summary>Creates a user: <c>POST …/users</c> with the "Create User" body. Not retried automatically (it would create a second user).</summary>
    /// <param name="user">The user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new user's id (<c>uniqueId</c>).</returns>
    public virtual Task<Response<CreatedUser>> CreateAsync(NewTradingGridUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _connection.SendAsync(
            ApiRequest.Post(TradingGridRoutes.Users(_options.CompanyId)).WithJson(CreateUserRequest.From(user), TradingGridJsonContext.Default.CreateUserRequest),
            TradingGridJsonContext.Default.CreatedUser,
            cancellationToken);
    }

    /// <summary>Changes a user: <c>PUT …/users/{userId}</c> with only the properties set in <paramref name="update"/>.</summary>
    /// <param name="userId">The user id.</param>
    /// <param name="update">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> UpdateAsync(string userId, UserUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(update);
        return _connection.SendAsync(
            ApiRequest.Put(TradingGridRoutes.User(_options.CompanyId, userId)).WithJson(update, TradingGridJsonContext.Default.UserUpdate),
            cancellationToken);
    }

    /// <summary>Deletes a user: <c>DELETE …/users/{userId}</c>.</summary>
    /// <param name="userId">The user id (for a user just created, <see cref="CreatedUser.UniqueId"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return _connection.SendAsync(ApiRequest.Delete(TradingGridRoutes.User(_options.CompanyId, userId)), cancellationToken);
    }

    /// <summary>Lists a user's roles: <c>GET …/users/{loginId}/roles</c>.</summary>
    /// <param name="loginId">The user's login id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<UserRole>>> ListRolesAsync(string loginId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginId);
        var response = await _connection.SendAsync(
            ApiRequest.Get(TradingGridRoutes.UserRoles(_options.CompanyId, loginId)),
            TradingGridJsonContext.Default.DirectoryListUserRole,
            cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<UserRole>>(response.Value.Items, response.GetRawResponse());
    }

    /// <summary>Adds roles to a user: <c>PUT …/users/{loginId}/roles?action=Add</c> with <c>[{"roleName"}]</c>.</summary>
    /// <param name="loginId">The user's login id.</param>
    /// <param name="roleNames">The roles, e.g. <c>TGMS Reports</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> AddRolesAsync(string loginId, IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
        => ChangeRolesAsync(loginId, "Add", roleNames, cancellationToken);

    /// <summary>Removes roles from a user: <c>PUT …/users/{loginId}/roles?action=Remove</c> with <c>[{"roleName"}]</c>.</summary>
    /// <param name="loginId">The user's login id.</param>
    /// <param name="roleNames">The roles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response> RemoveRolesAsync(string loginId, IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
        => ChangeRolesAsync(loginId, "Remove", roleNames, cancellationToken);

    /// <summary>
    /// Gets a user's entitlements: <c>GET TGCommunityServices/v1/users/{loginId}/entitlements</c>. OpenText publishes no
    /// answer example, so the body is returned as JSON rather than as a guessed model.
    /// </summary>
    /// <param name="loginId">The user's login id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<JsonElement>> GetEntitlementsAsync(string loginId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginId);
        return _connection.SendAsync(ApiRequest.Get(TradingGridRoutes.UserEntitlements(loginId)), TradingGridJsonContext.Default.JsonElement, cancellationToken);
    }

    private Task<Response> ChangeRolesAsync(string loginId, string action, IEnumerable<string> roleNames, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginId);
        ArgumentNullException.ThrowIfNull(roleNames);
        var roles = roleNames.Select(r => new UserRole(r)).ToList();
        if (roles.Count == 0 || roles.Any(r => string.IsNullOrWhiteSpace(r.RoleName)))
        {
            throw new ArgumentException("Give at least one non-empty role name.", nameof(roleNames));
        }

        return _connection.SendAsync(
            ApiRequest.Put(TradingGridRoutes.UserRoles(_options.CompanyId, loginId)).WithQuery("action", action).WithJson(roles, TradingGridJsonContext.Default.ListUserRole),
            cancellationToken);
    }
}
