using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

// Users, roles and entitlements: the routes of OpenText's Community Management collection (shared/reference/opentext).
public sealed partial class TradingGridEmulator
{
    private void MapUsers(WebApplication app, RouteGroupBuilder api)
    {
        api.MapGet("/users", (HttpRequest r) =>
        {
            var loginId = r.Query["loginId"].ToString();
            return Page(r, "users", State.Users.All.Where(u => loginId.Length == 0
                || string.Equals(u["loginId"]?.GetValue<string>(), loginId, StringComparison.OrdinalIgnoreCase)));
        });
        api.MapGet("/users/{userId}", (string userId) => State.Users.Find(userId) is { } user ? Results.Json(user) : UserNotFound(userId));
        api.MapPost("/users", async (HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            var errors = new[] { "loginId", "firstName", "lastName", "loginPassword" }
                .Where(f => string.IsNullOrWhiteSpace(json![f]?.GetValue<string>()))
                .Select(f => (f, $"{f} is required."))
                .ToArray();
            if (errors.Length > 0)
            {
                return Validation(errors);
            }

            try
            {
                var userId = State.Users.Add((JsonObject)json!);
                return Results.Json(new { uniqueId = userId }, statusCode: 201);
            }
            catch (InvalidOperationException e)
            {
                return Error(409, "LOGIN_ID_TAKEN", e.Message);
            }
        });
        api.MapPut("/users/{userId}", async (string userId, HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            return bad ?? (State.Users.Update(userId, (JsonObject)json!) ? Results.Json(State.Users.Find(userId)) : UserNotFound(userId));
        });
        api.MapDelete("/users/{userId}", (string userId) => State.Users.Delete(userId) ? Results.NoContent() : UserNotFound(userId));
        api.MapGet("/users/{loginId}/roles", (string loginId) =>
            State.Users.RolesOf(loginId) is { } roles ? Results.Json(roles.Select(r => new { roleName = r })) : UserNotFound(loginId));
        api.MapPut("/users/{loginId}/roles", async (string loginId, HttpRequest r) =>
        {
            var action = r.Query["action"].ToString();
            if (action is not ("Add" or "Remove"))
            {
                return Validation(("action", "action must be Add or Remove."));
            }

            using var reader = new StreamReader(r.Body);
            var text = await reader.ReadToEndAsync(r.HttpContext.RequestAborted).ConfigureAwait(false);
            State.Record(r.Method, r.Path.Value ?? string.Empty, text);
            JsonArray? body;
            try
            {
                body = JsonNode.Parse(text) as JsonArray;
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }

            var names = body?.Select(n => n?["roleName"]?.GetValue<string>()).ToList();
            if (names is null || names.Count == 0 || names.Any(string.IsNullOrWhiteSpace))
            {
                return Validation(("roleName", "The body must be an array of {\"roleName\"} objects."));
            }

            return State.Users.ChangeRoles(loginId, action == "Add", names!)
                ? Results.Json(State.Users.RolesOf(loginId)!.Select(n => new { roleName = n }))
                : UserNotFound(loginId);
        });
        api.MapGet("/entitlements", () => Results.Json(State.Users.CompanyEntitlements.Select(e => new { entitlementName = e })));
        app.MapGet("/TGCommunityServices/v1/users/{loginId}/entitlements", (string loginId) =>
            State.Users.RolesOf(loginId) is null
                ? UserNotFound(loginId)
                : Results.Json(State.Users.CompanyEntitlements.Select(e => new { entitlementName = e })));
    }

    private static IResult UserNotFound(string id) => Error(404, "USER_NOT_FOUND", $"User '{id}' was not found.");
}
