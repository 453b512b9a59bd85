using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.TradingGrid;

// Event feed and callback registration routes.
public sealed partial class TradingGridEmulator
{
    private void MapEvents(RouteGroupBuilder api)
    {
        api.MapGet("/events", (HttpRequest r) =>
        {
            var after = r.Query["after"].ToString();
            long checkpoint = 0;
            if (after.Length > 0 && (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out checkpoint) || checkpoint > State.Events.Count))
            {
                return Error(400, "INVALID_CHECKPOINT", $"'{after}' is not a checkpoint this company issued.");
            }

            if (!TryCount(r, out var count))
            {
                return InvalidParameter("count");
            }

            var events = State.EventsAfter(checkpoint, count + 1);
            var page = events.Take(count).ToArray();
            var next = page.Length > 0 ? page[^1].Sequence : checkpoint;
            return Results.Json(new
            {
                events = page,
                checkpoint = next.ToString(CultureInfo.InvariantCulture),
                hasMore = events.Count > count,
            });
        });
        api.MapPost("/webhooks", async (HttpRequest r) =>
        {
            var (json, bad) = await ReadJsonAsync(r).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            if (!Uri.TryCreate(json!["callbackUrl"]?.GetValue<string>(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                return Validation(("callbackUrl", "An absolute http(s) callbackUrl is required."));
            }

            var webhook = new TgWebhook(State.NewId("WH"), url, Strings(json["eventTypes"]),
                Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant());
            _dispatcher.Add(webhook);
            return Results.Json(webhook, statusCode: 201);
        });
        api.MapGet("/webhooks", (HttpRequest r) =>
            Page(r, "webhooks", _dispatcher.Webhooks.Select(w => new { w.WebhookId, w.CallbackUrl, w.EventTypes })));
        api.MapDelete("/webhooks/{webhookId}", (string webhookId) =>
            _dispatcher.Remove(webhookId) ? Results.NoContent() : Error(404, "WEBHOOK_NOT_FOUND", $"Webhook '{webhookId}' was not found."));
    }
}
