using System.Text.Json;

namespace Connectors.Core.Diagnostics;

/// <summary>What the route check found for one route.</summary>
public enum RouteOutcome
{
    /// <summary>The route answered 2xx and the body parsed into the client's model with every field it needs.</summary>
    Reached,

    /// <summary>401 or 403: the credentials or their scope, not necessarily the route.</summary>
    Unauthorized,

    /// <summary>404: the route (or the id found for it) does not exist on this service.</summary>
    NotFound,

    /// <summary>405: the path exists but not with this method.</summary>
    MethodNotAllowed,

    /// <summary>2xx, but the body did not parse into the client's model, or lacks fields the model needs.</summary>
    ShapeMismatch,

    /// <summary>Any other failure (5xx, 400, transport).</summary>
    Failed,

    /// <summary>A write: never called by the check.</summary>
    NotChecked,

    /// <summary>No id to call it with (an earlier list was empty or failed).</summary>
    Skipped,
}

/// <summary>One line of the route check's report.</summary>
/// <param name="System">The system (<c>BigCommerce</c>, <c>CoreCase</c>, …).</param>
/// <param name="Route">The route-table member.</param>
/// <param name="Documented">Whether the vendor publishes the route.</param>
/// <param name="Method">The method sent (or the write method not sent).</param>
/// <param name="Path">The path called, or <see langword="null"/>.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Status">The HTTP status, when there was an answer.</param>
/// <param name="RequestId">The vendor's request id, when the answer had one.</param>
/// <param name="Detail">Why, for anything but <see cref="RouteOutcome.Reached"/> (fields, error code, missing id).</param>
public sealed record RouteCheckResult(
    string System,
    string Route,
    bool Documented,
    string Method,
    string? Path,
    RouteOutcome Outcome,
    int? Status,
    string? RequestId,
    string? Detail)
{
    /// <summary>Whether this line fails the check: a documented route that was called and did not answer as the client expects.</summary>
    public bool FailsCheck => Documented && Outcome is not (RouteOutcome.Reached or RouteOutcome.NotChecked or RouteOutcome.Skipped);
}

/// <summary>
/// The read-only route check: calls every probe of a client's route catalog through the client's own escape hatch
/// (same auth, retries, telemetry), never a write, and reports per route. Paths in the report carry no query string,
/// and nothing from the request's headers is kept.
/// </summary>
public static class RouteCheck
{
    /// <summary>Runs the probes in order (later probes use ids found by earlier ones).</summary>
    /// <param name="system">The system name for the report.</param>
    /// <param name="client">The client (any of the five; its <c>SendAsync(ApiRequest)</c> is used).</param>
    /// <param name="probes">The client's route catalog.</param>
    /// <param name="ids">Known ids (seeds); the ids found are added to it.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>One result per probe, in order.</returns>
    public static async Task<IReadOnlyList<RouteCheckResult>> RunAsync(string system, ConnectorClient client, IEnumerable<RouteProbe> probes, RouteProbeIds? ids = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(probes);
        ids ??= new RouteProbeIds();
        var results = new List<RouteCheckResult>();
        foreach (var probe in probes)
        {
            results.Add(await ProbeAsync(system, client, probe, ids, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<RouteCheckResult> ProbeAsync(string system, ConnectorClient client, RouteProbe probe, RouteProbeIds ids, CancellationToken cancellationToken)
    {
        RouteCheckResult Line(string? path, RouteOutcome outcome, int? status = null, string? requestId = null, string? detail = null)
            => new(system, probe.Route, probe.Documented, probe.Method, path, outcome, status, requestId, detail);

        if (probe.Path is null)
        {
            return Line(null, RouteOutcome.NotChecked, detail: "write: never called by the check");
        }

        var path = probe.Path(ids);
        if (path is null)
        {
            return Line(null, RouteOutcome.Skipped, detail: "no id to call it with (an earlier list was empty or failed)");
        }

        Response response;
        try
        {
            response = await client.SendAsync(ApiRequest.Get(path), cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.Status is not null)
        {
            var outcome = ex.Status switch
            {
                401 or 403 => RouteOutcome.Unauthorized,
                404 => RouteOutcome.NotFound,
                405 => RouteOutcome.MethodNotAllowed,
                _ => RouteOutcome.Failed,
            };
            return Line(path, outcome, ex.Status, ex.RequestId, ex.ErrorCode ?? ex.GetType().Name);
        }
        catch (ConnectorException ex)
        {
            return Line(path, RouteOutcome.Failed, detail: $"{ex.GetType().Name}: no answer");
        }

        if (probe.Shape is not null)
        {
            var problems = probe.ShapeOfItem ? ShapeCheck.FindInFirstItem(response.Content, probe.Shape) : ShapeCheck.Find(response.Content, probe.Shape);
            if (problems.Count > 0)
            {
                return Line(path, RouteOutcome.ShapeMismatch, response.Status, response.RequestId, string.Join("; ", problems));
            }
        }

        Capture(response.Content, probe, ids);
        return Line(path, RouteOutcome.Reached, response.Status, response.RequestId);
    }

    private static void Capture(ReadOnlyMemory<byte> content, RouteProbe probe, RouteProbeIds ids)
    {
        if (probe.Captures.Count == 0 || content.IsEmpty)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            if (ShapeCheck.FirstItem(document.RootElement) is not { ValueKind: JsonValueKind.Object } item)
            {
                return;
            }

            foreach (var (key, field) in probe.Captures)
            {
                if (item.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    ids.TryAdd(key, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: nothing to remember; the shape check reports bodies that should have parsed.
        }
    }
}
