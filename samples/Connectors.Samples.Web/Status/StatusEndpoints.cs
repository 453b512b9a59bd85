using Connectors.Samples.Web.Runs;
using Connectors.Scenarios;
using Connectors.Scenarios.Storage;
using Microsoft.AspNetCore.Antiforgery;

namespace Connectors.Samples.Web.Status;

/// <summary>
/// <c>GET /</c>: the status page. <c>POST /dead-letters/{id}/replay</c>: replays a dead letter (antiforgery token
/// required) and redirects back to the page, post-redirect-get.
/// </summary>
public static class StatusEndpoints
{
    /// <summary>How many dead letters the page lists.</summary>
    public const int MaxDeadLetters = 100;

    /// <summary>Maps the page and the replay action.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="mode">What the page says the clients point at.</param>
    public static void MapStatusPage(this IEndpointRouteBuilder endpoints, string mode)
    {
        endpoints.MapGet("/", async (HttpContext context, IAntiforgery antiforgery, IScenarioDeadLetters deadLetters, RunRecorder recorder, string? replayed, string? missing) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var notice = replayed is not null ? $"Dead letter {replayed} was sent back through its recipe."
                : missing is not null ? $"Dead letter {missing} was not found (already replayed?)."
                : null;
            var letters = await deadLetters.QueryAsync(new DeadLetterQuery { Limit = MaxDeadLetters }, context.RequestAborted);
            var model = new StatusModel(mode, notice, recorder.Counts(), letters, recorder.RecentRuns(), tokens.FormFieldName, tokens.RequestToken ?? "");
            return Results.Content(StatusPage.Render(model), "text/html; charset=utf-8");
        });

        endpoints.MapPost("/dead-letters/{id}/replay", async (string id, HttpContext context, IAntiforgery antiforgery, IScenarioDeadLetters deadLetters) =>
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.BadRequest("The form is missing its antiforgery token or it is invalid; reload the page.");
            }

            var found = await deadLetters.ReplayAsync(id, context.RequestAborted);
            var query = found ? "replayed=" : "missing=";
            return Results.Redirect("/?" + query + Uri.EscapeDataString(id));
        });
    }
}
