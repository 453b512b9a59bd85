using System.Text.Json.Serialization.Metadata;

namespace Connectors.Core.Diagnostics;

/// <summary>
/// How the route check proves one route of a client's route tables exists: the safest call (a <c>GET</c> on a list
/// or on an id found in an earlier list), or nothing for a write (reported "not checked"). Each client keeps its
/// probes in one place, its <c>…RouteCatalog</c>, next to its route tables.
/// </summary>
public sealed class RouteProbe
{
    private RouteProbe(string route, bool documented, string method, Func<RouteProbeIds, string?>? path, JsonTypeInfo? shape, bool shapeOfItem, IReadOnlyList<KeyValuePair<string, string>> captures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        Route = route;
        Documented = documented;
        Method = method;
        Path = path;
        Shape = shape;
        ShapeOfItem = shapeOfItem;
        Captures = captures;
    }

    /// <summary>The route-table member, e.g. <c>BigCommerceRoutes.Order</c> or <c>AssumedRoutes.Tasks</c>.</summary>
    public string Route { get; }

    /// <summary>Whether the vendor publishes the route (<see langword="false"/>: an assumed route).</summary>
    public bool Documented { get; }

    /// <summary>The method the check sends (<c>GET</c>), or the client's write method for a route that is not checked.</summary>
    public string Method { get; }

    /// <summary>Whether the check leaves this route alone because the client only writes to it.</summary>
    public bool IsWrite => Path is null;

    /// <summary>Builds the path from ids found so far; <see langword="null"/> for writes.</summary>
    internal Func<RouteProbeIds, string?>? Path { get; }

    /// <summary>The client's metadata for the body, used to find parse errors and missing fields.</summary>
    internal JsonTypeInfo? Shape { get; }

    /// <summary>Whether <see cref="Shape"/> describes the first item of a list answer rather than the whole body.</summary>
    internal bool ShapeOfItem { get; }

    /// <summary>Ids to remember from the answer: key, then the field of the first item that holds it.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> Captures { get; }

    /// <summary>A <c>GET</c> that proves the route exists.</summary>
    /// <param name="route">The route-table member.</param>
    /// <param name="documented">Whether the vendor publishes it.</param>
    /// <param name="path">The path from the ids found so far; return <see langword="null"/> when an id is missing.</param>
    /// <param name="shape">The client's metadata for the body (what it parses the answer into), or <see langword="null"/> for bytes.</param>
    /// <param name="capture">Ids to remember from the first item: <c>("orderId", "id")</c>.</param>
    public static RouteProbe Get(string route, bool documented, Func<RouteProbeIds, string?> path, JsonTypeInfo? shape = null, params (string Key, string Field)[] capture)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(capture);
        return new(route, documented, "GET", path, shape, false, [.. capture.Select(c => KeyValuePair.Create(c.Key, c.Field))]);
    }

    /// <summary>A <c>GET</c> on a list whose items the client parses one by one (HAL lists): <paramref name="itemShape"/> is checked on the first item.</summary>
    /// <param name="route">The route-table member.</param>
    /// <param name="documented">Whether the vendor publishes it.</param>
    /// <param name="path">The path from the ids found so far; return <see langword="null"/> when an id is missing.</param>
    /// <param name="itemShape">The client's metadata for one item.</param>
    /// <param name="capture">Ids to remember from the first item.</param>
    public static RouteProbe GetList(string route, bool documented, Func<RouteProbeIds, string?> path, JsonTypeInfo itemShape, params (string Key, string Field)[] capture)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(itemShape);
        ArgumentNullException.ThrowIfNull(capture);
        return new(route, documented, "GET", path, itemShape, true, [.. capture.Select(c => KeyValuePair.Create(c.Key, c.Field))]);
    }

    /// <summary>A route the client only writes to: the check never calls it and reports it "not checked".</summary>
    /// <param name="route">The route-table member.</param>
    /// <param name="documented">Whether the vendor publishes it.</param>
    /// <param name="method">The client's method on it (<c>POST</c>, <c>PUT</c>, <c>DELETE</c>, …).</param>
    public static RouteProbe Write(string route, bool documented, string method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return new(route, documented, method, null, null, false, []);
    }
}

/// <summary>Ids the route check found (or was given) so far, by key (<c>orderId</c>, <c>caseDefinitionId</c>, …).</summary>
public sealed class RouteProbeIds
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the set, optionally seeded (ids you know on your tenant).</summary>
    /// <param name="seed">Known ids.</param>
    public RouteProbeIds(IEnumerable<KeyValuePair<string, string>>? seed = null)
    {
        foreach (var (key, value) in seed ?? [])
        {
            _ids[key] = value;
        }
    }

    /// <summary>The id under <paramref name="key"/>, or <see langword="null"/> when none was found yet.</summary>
    /// <param name="key">The key.</param>
    public string? this[string key] => _ids.GetValueOrDefault(key);

    /// <summary>The id under <paramref name="key"/> as a number, or <see langword="null"/>.</summary>
    /// <param name="key">The key.</param>
    public int? Number(string key) => int.TryParse(this[key], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Remembers an id, unless one is already known (seeds win).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The id.</param>
    public void TryAdd(string key, string value) => _ids.TryAdd(key, value);
}
