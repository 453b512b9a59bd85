using System.Text.Json.Nodes;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// The in-memory state of the Core Case emulator. Every change happens under one lock, so checks such as
/// "external reference already used" and the insert that follows are atomic.
/// </summary>
public sealed class CoreCaseState
{
    /// <summary>The case definition seeded at start: the <c>id</c> of OpenText's published <c>CaseInstanceDTO.json</c> (and <c>caseType.id</c> of <c>caseinstance1.json</c>).</summary>
    public const string DefaultCaseDefinitionId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";

    /// <summary>The case configuration seeded at start: <c>caseConfigId</c> of OpenText's published <c>caseinstance1.json</c>.</summary>
    public const string DefaultCaseConfigId = "b3177d3f-cf65-4f61-91aa-e85a1546ec30";

    private readonly List<EmulatedCase> _cases = [];
    private readonly List<EmulatedEvent> _events = [];
    private readonly Dictionary<string, EmulatedCaseDefinition> _definitions = new(StringComparer.Ordinal);
    private long _caseSequence;
    private long _eventSequence;

    internal CoreCaseState()
        => AddCaseDefinition(new EmulatedCaseDefinition(DefaultCaseDefinitionId, "Example Case", DefaultCaseConfigId, "pre", ["Intake", "Review", "Outcome"])
        {
            Description = "This is an example case",
            Classification = "Enterprise",
            Suffix = "suf",
        });

    /// <summary>The lock every change takes.</summary>
    internal object Gate { get; } = new();

    /// <summary>The clock used for timestamps; tests can replace it.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Registers a case definition.</summary>
    /// <param name="definition">The definition.</param>
    public void AddCaseDefinition(EmulatedCaseDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (Gate)
        {
            _definitions[definition.Id] = definition;
        }
    }

    /// <summary>A snapshot of every case definition.</summary>
    public IReadOnlyList<EmulatedCaseDefinition> CaseDefinitions
    {
        get
        {
            lock (Gate)
            {
                return [.. _definitions.Values];
            }
        }
    }

    /// <summary>A snapshot of every case (all tenants).</summary>
    public IReadOnlyList<EmulatedCase> Cases
    {
        get
        {
            lock (Gate)
            {
                return [.. _cases];
            }
        }
    }

    /// <summary>A snapshot of every event (all tenants).</summary>
    public IReadOnlyList<EmulatedEvent> Events
    {
        get
        {
            lock (Gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Finds a case by id (any definition, any tenant).</summary>
    /// <param name="caseId">The id.</param>
    public EmulatedCase? FindCase(string caseId)
    {
        lock (Gate)
        {
            return _cases.Find(c => c.Id == caseId);
        }
    }

    /// <summary>The cases carrying an external reference (all tenants).</summary>
    /// <param name="system">The other system.</param>
    /// <param name="id">The record id there.</param>
    public IReadOnlyList<EmulatedCase> FindByExternalReference(string system, string id)
    {
        lock (Gate)
        {
            return [.. _cases.Where(c => c.ExternalReferences.Contains(new EmulatedExternalReference(system, id)))];
        }
    }

    /// <summary>Moves a case to a status directly, bypassing the transition rules (test set-up).</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="status">The status.</param>
    public void ForceStatus(string caseId, string status)
    {
        lock (Gate)
        {
            var found = _cases.Find(c => c.Id == caseId) ?? throw new KeyNotFoundException(caseId);
            found.Status = status;
            found.LastUpdatedOn = Time.GetUtcNow();
        }
    }

    internal EmulatedCaseDefinition? Definition(string id) => _definitions.GetValueOrDefault(id);

    internal IEnumerable<EmulatedCaseDefinition> AllDefinitions => _definitions.Values;

    internal IEnumerable<EmulatedCase> TenantCases(string tenantId) => _cases.Where(c => c.TenantId == tenantId);

    internal IEnumerable<EmulatedEvent> TenantEvents(string tenantId) => _events.Where(e => e.TenantId == tenantId);

    internal EmulatedCase? TenantCase(string tenantId, string caseDefinitionId, string caseId)
        => _cases.Find(c => c.Id == caseId && c.CaseDefinitionId == caseDefinitionId && c.TenantId == tenantId);

    internal EmulatedCase? CaseWithReference(string tenantId, EmulatedExternalReference reference, string? except = null)
        => _cases.Find(c => c.TenantId == tenantId && c.Id != except && c.ExternalReferences.Contains(reference));

    internal EmulatedCase NewCase(string tenantId, EmulatedCaseDefinition definition, EmulatedIdentity caller)
    {
        var sequence = ++_caseSequence;
        var now = Time.GetUtcNow();
        var created = new EmulatedCase
        {
            Id = Guid.NewGuid().ToString(),
            TenantId = tenantId,
            CaseDefinitionId = definition.Id,
            CaseNumber = $"{definition.Prefix}-{sequence:D6}" + (definition.Suffix is null ? string.Empty : "-" + definition.Suffix),
            CaseConfigId = definition.CaseConfigId,
            CreatedBy = caller,
            LastUpdatedBy = caller,
            CreatedOn = now,
            LastUpdatedOn = now,
            Sequence = sequence,
        };
        _cases.Add(created);
        return created;
    }

    internal void Touch(EmulatedCase target, EmulatedIdentity caller)
    {
        target.LastUpdatedOn = Time.GetUtcNow();
        target.LastUpdatedBy = caller;
    }

    internal void Record(EmulatedCase target, string type, JsonObject? data = null)
        => _events.Add(new EmulatedEvent(
            Guid.NewGuid().ToString(), ++_eventSequence, target.TenantId, target.CaseDefinitionId, target.Id, type, Time.GetUtcNow(), data ?? []));
}
