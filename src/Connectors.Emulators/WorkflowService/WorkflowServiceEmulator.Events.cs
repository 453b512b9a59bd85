using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Emulators.WorkflowService;

/// <summary>Events (assumed API): callback subscriptions and the checkpointed poll.</summary>
public sealed partial class WorkflowServiceEmulator
{
    private void MapEvents(RouteGroupBuilder api)
    {
        api.MapPost("/event-subscriptions", (HttpRequest request) => Run(async () =>
        {
            var body = await ReadObjectAsync(request).ConfigureAwait(false);
            if (!Uri.TryCreate(Text(body, "callbackUrl"), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw WorkflowApiException.BadRequest("callbackUrl must be an absolute http(s) URL.");
            }

            var secret = Text(body, "secret");
            if (string.IsNullOrEmpty(secret))
            {
                throw WorkflowApiException.BadRequest("A subscription needs a secret to sign callbacks.");
            }

            var types = body["eventTypes"] is JsonArray array
                ? array.Select(t => t?.GetValue<string>() ?? string.Empty).ToArray()
                : [];
            var subscription = Engine.Subscribe(url, secret, types);
            return Json(WorkflowJson.Subscription(subscription), StatusCodes.Status201Created);
        }));

        api.MapGet("/event-subscriptions", () => Run(()
            => Json(new JsonArray(Engine.Subscriptions.Select(s => (JsonNode?)WorkflowJson.Subscription(s)).ToArray()))));

        api.MapDelete("/event-subscriptions/{id}", (string id) => Run(() =>
        {
            Engine.Unsubscribe(id);
            return Results.NoContent();
        }));

        api.MapGet("/events", (HttpRequest request) => Run(() =>
        {
            var after = Query(request, "after") is { } text
                ? long.TryParse(text, out var value) && value >= 0 ? value : throw WorkflowApiException.BadRequest("after must be a non-negative sequence number.")
                : 0;
            var count = QueryInt(request, "count", 100, 1, MaxCount);
            var all = Engine.EventsAfter(after);
            var page = all.Take(count).ToArray();
            return Json(new JsonObject
            {
                ["data"] = new JsonArray(page.Select(e => (JsonNode?)WorkflowJson.Event(e)).ToArray()),
                ["lastSequence"] = page.Length > 0 ? page[^1].Sequence : after,
                ["hasMore"] = all.Count > page.Length,
            });
        }));
    }
}
