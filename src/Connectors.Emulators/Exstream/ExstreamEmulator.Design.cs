using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.Exstream;

/// <content>
/// The published design (DAS) reads, as OpenText's collection calls them: domains; resources with <c>filter.types</c>,
/// <c>filter.states</c>, <c>filter.latestVersion</c> and <c>count</c> + 0-based page <c>offset</c>; links from a subject
/// (<c>linkSubjectId</c>, <c>linkDepth</c>, <c>filter.types</c>); resources linking to an object (<c>linkObjectId</c>,
/// <c>linkDepth</c>, <c>rfilter.*</c>); and a communication set's manifest (not enveloped: <c>{dsnlist, queueList}</c>).
/// </content>
public sealed partial class ExstreamEmulator
{
    private IResult ListDomains(HttpContext context)
    {
        List<JsonNode> items;
        lock (_gate)
        {
            items = [.. _domains.Order(StringComparer.Ordinal).Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d,
                ["production"] = false,
                ["jobTracing"] = false,
                ["workflow"] = "Standard",
                ["restrictApproval"] = false,
                ["parent"] = null,
            })];
        }

        return Page(context, items, defaultCount: Math.Max(1, items.Count));
    }

    private IResult ListResources(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var query = context.Request.Query;
        var types = Csv(query["filter.types"]);
        var states = Csv(query["filter.states"]);
        var latest = query["filter.latestVersion"].ToString();
        if (latest.Length > 0 && latest is not ("true" or "false"))
        {
            return Error(context, 400, 1001, "filter.latestVersion must be true or false.");
        }

        List<JsonNode> items;
        lock (_gate)
        {
            var matching = _design.Resources.Where(r => Matches(r, types, states));
            if (latest == "true")
            {
                matching = matching.GroupBy(r => DesignAssets.Text(r, "id")).Select(g => g.MaxBy(r => r["version"]!.GetValue<int>())!);
            }

            items = [.. matching.Select(r => (JsonNode)r.DeepClone())];
        }

        return Page(context, items);
    }

    private IResult ListLinks(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var query = context.Request.Query;
        var subject = query["linkSubjectId"].ToString();
        if (subject.Length == 0)
        {
            return Error(context, 400, 1001, "linkSubjectId is required.");
        }

        if (!TryDepth(query["linkDepth"].ToString(), out var depth) || !TryVersion(query["linkSubjectVersion"].ToString(), out var version))
        {
            return Error(context, 400, 1001, "linkDepth and linkSubjectVersion must be positive integers.");
        }

        var types = Csv(query["filter.types"]);
        var states = Csv(query["filter.states"]);
        List<JsonNode> items;
        lock (_gate)
        {
            if (_design.Find(subject) is null)
            {
                return Error(context, 404, 1004, $"Resource '{subject}' was not found in domain '{domain}'.");
            }

            items = [.. _design.LinksFrom(subject, version, depth)
                .Where(l => types.Count == 0 || types.Contains(DesignAssets.Text(l, "typeId") ?? string.Empty))
                .Where(l => states.Count == 0 || (_design.Find(DesignAssets.Text(l, "linkObjectId")!) is { } o && states.Contains(DesignAssets.Text(o, "state") ?? string.Empty)))];
        }

        return Page(context, items, defaultCount: Math.Max(1, items.Count));
    }

    private IResult ListLinkedResources(HttpContext context, string domain)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        var query = context.Request.Query;
        var target = query["linkObjectId"].ToString();
        if (target.Length == 0)
        {
            return Error(context, 400, 1001, "linkObjectId is required.");
        }

        var approval = query["fetchApproval"].ToString();
        if (!TryDepth(query["linkDepth"].ToString(), out var depth) || (approval.Length > 0 && approval is not ("true" or "false")))
        {
            return Error(context, 400, 1001, "linkDepth must be a positive integer and fetchApproval true or false.");
        }

        var types = Csv(query["rfilter.types"]);
        var states = Csv(query["rfilter.states"]);
        List<JsonNode> items;
        lock (_gate)
        {
            if (_design.Find(target) is null)
            {
                return Error(context, 404, 1004, $"Resource '{target}' was not found in domain '{domain}'.");
            }

            items = [.. _design.ResourcesLinkingTo(target, depth).Where(r => Matches(r, types, states)).Select(r => (JsonNode)r.DeepClone())];
        }

        return Page(context, items);
    }

    private IResult GetManifest(HttpContext context, string domain, string communicationSetId)
    {
        if (UnknownDomain(context, domain) is { } missing)
        {
            return missing;
        }

        lock (_gate)
        {
            return _design.Manifest(communicationSetId) is { } manifest
                ? Json(200, manifest.DeepClone())
                : Error(context, 404, 1004, $"Communication set '{communicationSetId}' was not found in domain '{domain}'.");
        }
    }

    private static bool Matches(JsonObject resource, HashSet<string> types, HashSet<string> states)
        => (types.Count == 0 || types.Contains(DesignAssets.Text(resource, "type") ?? string.Empty))
           && (states.Count == 0 || states.Contains(DesignAssets.Text(resource, "state") ?? string.Empty));

    private static HashSet<string> Csv(string? value)
        => new((value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    private static bool TryDepth(string value, out int depth)
    {
        depth = 1;
        return value.Length == 0 || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out depth) && depth > 0);
    }

    private static bool TryVersion(string value, out int? version)
    {
        version = null;
        if (value.Length == 0)
        {
            return true;
        }

        var ok = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0;
        version = ok ? parsed : null;
        return ok;
    }
}
