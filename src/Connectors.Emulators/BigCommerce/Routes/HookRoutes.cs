using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.BigCommerce.Routes;

/// <summary>v3 webhook subscriptions (webhooks.v3.yml).</summary>
internal static class HookRoutes
{
    public static void Map(IEndpointRouteBuilder v3)
    {
        v3.MapGet("/hooks", List);
        v3.MapPost("/hooks", (Func<HttpContext, Task<IResult>>)CreateAsync);
        v3.MapGet("/hooks/{hookId:int}", Get);
        v3.MapPut("/hooks/{hookId:int}", UpdateAsync);
        v3.MapDelete("/hooks/{hookId:int}", Delete);
    }

    private static IResult List(HttpContext context)
    {
        var store = context.Store();
        var active = bool.TryParse(context.Request.Query["is_active"], out var a) ? a : (bool?)null;
        var scope = (string?)context.Request.Query["scope"];
        lock (store.Sync)
        {
            var hooks = store.Hooks.Where(h => (active is null || h.IsActive == active) && (scope is null || h.Scope == scope)).ToList();
            return Wire.V3Page(context.Request, hooks, h => Writers.Hook(store, h));
        }
    }

    private static IResult Get(HttpContext context, int hookId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var hook = store.Hooks.Find(h => h.Id == hookId);
            return hook is null ? NotFound(hookId) : Wire.V3Single(Writers.Hook(store, hook));
        }
    }

    private static IResult NotFound(int hookId) => Wire.V3Error(StatusCodes.Status404NotFound, $"Webhook with id [{hookId}] not found");

    private static async Task<IResult> CreateAsync(HttpContext context)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V3Error(StatusCodes.Status400BadRequest, "Input is invalid.");
        }

        var errors = new Dictionary<string, string>();
        if (string.IsNullOrEmpty(Wire.StringOf(body["scope"])))
        {
            errors["scope"] = "error.path.missing";
        }

        if (!Uri.TryCreate(Wire.StringOf(body["destination"]), UriKind.Absolute, out _))
        {
            errors["destination"] = "error.path.missing";
        }

        if (errors.Count > 0)
        {
            return Wire.V3Error(StatusCodes.Status422UnprocessableEntity, "JSON data is missing or invalid", errors);
        }

        lock (store.Sync)
        {
            var now = store.Now.ToUnixTimeSeconds();
            var hook = new Hook { Id = store.NextId(), CreatedAt = now, UpdatedAt = now };
            Apply(hook, body);
            store.Hooks.Add(hook);
            return Wire.V3Single(Writers.Hook(store, hook));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, int hookId)
    {
        var store = context.Store();
        if (await Wire.ReadBodyAsync(context.Request).ConfigureAwait(false) is not JsonObject body)
        {
            return Wire.V3Error(StatusCodes.Status400BadRequest, "Input is invalid.");
        }

        lock (store.Sync)
        {
            var hook = store.Hooks.Find(h => h.Id == hookId);
            if (hook is null)
            {
                return NotFound(hookId);
            }

            Apply(hook, body);
            hook.UpdatedAt = store.Now.ToUnixTimeSeconds();
            return Wire.V3Single(Writers.Hook(store, hook));
        }
    }

    private static IResult Delete(HttpContext context, int hookId)
    {
        var store = context.Store();
        lock (store.Sync)
        {
            var hook = store.Hooks.Find(h => h.Id == hookId);
            if (hook is null)
            {
                return NotFound(hookId);
            }

            store.Hooks.Remove(hook);
            return Wire.V3Single(Writers.Hook(store, hook));
        }
    }

    private static void Apply(Hook hook, JsonObject body)
    {
        hook.Scope = Wire.StringOf(body["scope"]) ?? hook.Scope;
        hook.Destination = Wire.StringOf(body["destination"]) ?? hook.Destination;
        hook.IsActive = Wire.BoolOf(body["is_active"]) ?? hook.IsActive;
        if (body.ContainsKey("headers"))
        {
            hook.Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in body["headers"] as JsonObject ?? [])
            {
                hook.Headers[key] = Wire.StringOf(value) ?? "";
            }
        }
    }
}
