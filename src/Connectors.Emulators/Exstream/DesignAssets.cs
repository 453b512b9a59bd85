using System.Text.Json;
using System.Text.Json.Nodes;

namespace Connectors.Emulators.Exstream;

/// <summary>
/// The emulator's design asset service (DAS): resource versions, links and communication-set manifests, seeded with
/// the resources of OpenText's published export packages (Seed/SOURCE.md). One store serves every domain. Not thread-safe:
/// the emulator calls it under its lock.
/// </summary>
internal sealed class DesignAssets
{
    public const string Communication = "exstrapplication";
    public const string CommunicationSet = "exstrcommunicationset";
    public const string DataSource = "exstrdatasource";
    public const string OutputQueue = "exstroutputqueue";

    private readonly List<JsonObject> _resources = [];
    private readonly List<(string Subject, int SubjectVersion, string Object)> _links = [];
    private readonly Dictionary<string, JsonObject> _manifests = new(StringComparer.Ordinal);

    public DesignAssets()
    {
        using var stream = typeof(DesignAssets).Assembly.GetManifestResourceStream("Connectors.Emulators.Exstream.das-seed.json")
                           ?? throw new InvalidOperationException("The DAS seed is not embedded.");
        var seed = JsonNode.Parse(stream)!.AsObject();
        _resources.AddRange(seed["resources"]!.AsArray().Select(r => r!.AsObject().DeepClone().AsObject()));
        _links.AddRange(seed["links"]!.AsArray().Select(l => (Text(l, "linkSubjectId")!, l!["subjectVersion"]!.GetValue<int>(), Text(l, "linkObjectId")!)));
        foreach (var (id, manifest) in seed["manifests"]!.AsObject())
        {
            _manifests[id] = manifest!.DeepClone().AsObject();
        }
    }

    public IReadOnlyList<JsonObject> Resources => _resources;

    public JsonObject? Find(string id) => _resources.Where(r => Text(r, "id") == id).MaxBy(r => r["version"]!.GetValue<int>());

    public bool IsCommunication(string id) => Find(id) is { } r && Text(r, "type") == Communication;

    /// <summary>Adds a communication with its own set, driver data source and a PDF queue (what a designer's import would add).</summary>
    public void AddCommunication(string id, string name, string driverDataSource, string queueDriver, DateTimeOffset at)
    {
        if (Find(id) is not null)
        {
            return;
        }

        var setId = $"{id}-set";
        var dataSourceId = $"{id}-driver";
        _resources.Add(Record(id, name, Communication, at));
        _resources.Add(Record(setId, name, CommunicationSet, at));
        _resources.Add(Record(dataSourceId, $"{name} driver", DataSource, at));
        _links.Add((id, 1, setId));
        _links.Add((setId, 1, dataSourceId));
        _manifests[setId] = new JsonObject
        {
            ["dsnlist"] = new JsonArray(new JsonObject { ["name"] = $"{name} driver", ["prodDsn"] = driverDataSource, ["resourceId"] = dataSourceId, ["type"] = "driver" }),
            ["queueList"] = new JsonArray(new JsonObject { ["driver"] = queueDriver, ["name"] = $"{queueDriver} Queue" }),
        };
    }

    /// <summary>The communication set a communication links to, if any.</summary>
    public string? SetOf(string communicationId)
        => _links.Where(l => l.Subject == communicationId).Select(l => l.Object).FirstOrDefault(o => Find(o) is { } r && Text(r, "type") == CommunicationSet);

    public JsonObject? Manifest(string communicationSetId) => _manifests.GetValueOrDefault(communicationSetId);

    /// <summary>The links reached from a subject, following subject → object up to <paramref name="depth"/> levels.</summary>
    public IEnumerable<JsonObject> LinksFrom(string subjectId, int? subjectVersion, int depth)
    {
        var frontier = new List<string> { subjectId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { subjectId };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var subject in frontier)
            {
                foreach (var link in _links.Where(l => l.Subject == subject && (level > 0 || subjectVersion is null || l.SubjectVersion == subjectVersion)))
                {
                    yield return new JsonObject
                    {
                        ["linkSubjectId"] = link.Subject,
                        ["subjectVersion"] = link.SubjectVersion,
                        ["linkObjectId"] = link.Object,
                        ["typeId"] = Find(link.Object) is { } o ? Text(o, "type") : null,
                    };
                    if (seen.Add(link.Object))
                    {
                        next.Add(link.Object);
                    }
                }
            }

            frontier = next;
        }
    }

    /// <summary>The resources that reach an object, following object ← subject up to <paramref name="depth"/> levels.</summary>
    public IEnumerable<JsonObject> ResourcesLinkingTo(string objectId, int depth)
    {
        var frontier = new List<string> { objectId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { objectId };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = _links.Where(l => frontier.Contains(l.Object)).Select(l => l.Subject).Where(seen.Add).ToList();
            foreach (var subject in next)
            {
                if (Find(subject) is { } resource)
                {
                    yield return resource;
                }
            }

            frontier = next;
        }
    }

    /// <summary>Adds the records and links of an export package; answers which were new and which already existed.</summary>
    public (List<JsonObject> Imported, List<JsonObject> Existing) Import(IEnumerable<JsonObject> records, IEnumerable<(string Subject, int SubjectVersion, string Object)> links, bool commit)
    {
        var imported = new List<JsonObject>();
        var existing = new List<JsonObject>();
        foreach (var record in records)
        {
            var id = Text(record, "id");
            var version = record["version"]?.GetValue<int>() ?? 1;
            if (_resources.Any(r => Text(r, "id") == id && r["version"]!.GetValue<int>() == version))
            {
                existing.Add(record);
                continue;
            }

            imported.Add(record);
            if (commit)
            {
                _resources.Add(record.DeepClone().AsObject());
            }
        }

        if (commit)
        {
            _links.AddRange(links.Where(l => !_links.Contains(l)));
        }

        return (imported, existing);
    }

    /// <summary>
    /// Moves a resource through the standard workflow (OpenText's collection: DRAFT → REVIEW → APPROVED, APPROVED → DRAFT
    /// makes a new version, REVIEW → REJECTED; its SDK README adds REJECTED → DRAFT; the same state is a no-op).
    /// </summary>
    public (JsonObject? Resource, string? Refusal) ChangeState(string id, string state, string? comment, bool? locked, DateTimeOffset at)
    {
        if (Find(id) is not { } current)
        {
            return (null, null);
        }

        var from = Text(current, "state");
        var allowed = from == state || (from, state) is ("DRAFT", "REVIEW") or ("REVIEW", "APPROVED") or ("APPROVED", "DRAFT") or ("REVIEW", "REJECTED") or ("REJECTED", "DRAFT");
        if (!allowed)
        {
            return (null, $"A resource cannot move from {from} to {state}.");
        }

        var target = current;
        if (from == "APPROVED" && state == "DRAFT")
        {
            target = current.DeepClone().AsObject();
            target["version"] = current["version"]!.GetValue<int>() + 1;
            _resources.Add(target);
        }

        target["state"] = state;
        target["stateComment"] = comment ?? string.Empty;
        target["locked"] = locked ?? false;
        target["lastModifiedDate"] = at.ToUnixTimeMilliseconds();
        return (target, null);
    }

    /// <summary>Replaces a draft's content (OpenText's SDK README: "the resource must be in the DRAFT state").</summary>
    public (JsonObject? Resource, string? Refusal) UpdateContent(string id, DateTimeOffset at)
    {
        if (Find(id) is not { } current)
        {
            return (null, null);
        }

        if (Text(current, "state") != "DRAFT")
        {
            return (null, $"Resource '{id}' is {Text(current, "state")}; only a DRAFT takes new content.");
        }

        current["lastModifiedDate"] = at.ToUnixTimeMilliseconds();
        return (current, null);
    }

    /// <summary>Creates a resource (a new sample file, in OpenText's collection), version 1, as a draft.</summary>
    public JsonObject Create(string name, string type, string? subtype, DateTimeOffset at)
    {
        var record = Record(Guid.NewGuid().ToString("D"), name, type, at);
        record["state"] = "DRAFT";
        if (subtype is not null)
        {
            record["metadata"] = new JsonObject { ["subtype"] = subtype };
        }

        _resources.Add(record);
        return record;
    }

    public static string? Text(JsonNode? node, string name)
        => node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static JsonObject Record(string id, string name, string type, DateTimeOffset at) => new()
    {
        ["categories"] = new JsonArray(),
        ["containsActiveRevisions"] = false,
        ["createdBy"] = "emulator",
        ["createdDate"] = at.ToUnixTimeMilliseconds(),
        ["description"] = string.Empty,
        ["hidden"] = false,
        ["id"] = id,
        ["isTrackingRevisions"] = false,
        ["lastModifiedBy"] = "emulator",
        ["lastModifiedDate"] = at.ToUnixTimeMilliseconds(),
        ["locked"] = false,
        ["name"] = name,
        ["state"] = "APPROVED",
        ["stateComment"] = string.Empty,
        ["type"] = type,
        ["version"] = 1,
    };
}
