using System.Text.Json.Nodes;

namespace Connectors.Emulators.CoreCase;

/// <summary>
/// The in-memory state of the Core Case emulator. Every change happens under one lock, so checks such as
/// "external reference already used" and the insert that follows are atomic.
/// </summary>
public sealed class CoreCaseState
{
    /// <summary>The case type seeded at start (the id used in OpenText's CCMA Postman example).</summary>
    public const string DefaultCaseTypeId = "d388103d-0e35-476b-9d92-6b99ec2a7f1c";

    /// <summary>The case configuration seeded at start (the id used in OpenText's CCMA Postman example).</summary>
    public const string DefaultCaseConfigId = "b3177d3f-cf65-4f61-91aa-e85a1546ec30";

    private readonly List<EmulatedCase> _cases = [];
    private readonly List<EmulatedEvent> _events = [];
    private readonly Dictionary<string, EmulatedCaseType> _caseTypes = new(StringComparer.Ordinal);
    private long _caseSequence;
    private long _eventSequence;

    internal CoreCaseState()
        => AddCaseType(new EmulatedCaseType(DefaultCaseTypeId, "Order Exception", DefaultCaseConfigId, "CASE", ["Intake", "Review", "Outcome"]));

    /// <summary>The lock every change takes.</summary>
    internal object Gate { get; } = new();

    /// <summary>The clock used for timestamps; tests can replace it.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Registers a case type.</summary>
    /// <param name="caseType">The case type.</param>
    public void AddCaseType(EmulatedCaseType caseType)
    {
        ArgumentNullException.ThrowIfNull(caseType);
        lock (Gate)
        {
            _caseTypes[caseType.Id] = caseType;
        }
    }

    /// <summary>A snapshot of every case type.</summary>
    public IReadOnlyList<EmulatedCaseType> CaseTypes
    {
        get
        {
            lock (Gate)
            {
                return [.. _caseTypes.Values];
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

    /// <summary>Finds a case by id.</summary>
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
            Touch(found);
        }
    }

    internal EmulatedCaseType? CaseType(string id) => _caseTypes.GetValueOrDefault(id);

    internal IEnumerable<EmulatedCaseType> AllCaseTypes => _caseTypes.Values;

    internal IEnumerable<EmulatedCase> TenantCases(string tenantId) => _cases.Where(c => c.TenantId == tenantId);

    internal IEnumerable<EmulatedEvent> TenantEvents(string tenantId) => _events.Where(e => e.TenantId == tenantId);

    internal EmulatedCase? TenantCase(string tenantId, string caseId)
        => _cases.Find(c => c.Id == caseId && c.TenantId == tenantId);

    internal EmulatedCase? CaseWithReference(string tenantId, EmulatedExternalReference reference)
        => _cases.Find(c => c.TenantId == tenantId && c.ExternalReferences.Contains(reference));

    internal EmulatedCase NewCase(string tenantId, EmulatedCaseType type)
    {
        var sequence = ++_caseSequence;
        var now = Time.GetUtcNow();
        var created = new EmulatedCase
        {
            Id = Guid.NewGuid().ToString(),
            TenantId = tenantId,
            CaseNumber = $"{type.Prefix}-{sequence:D6}",
            CaseTypeId = type.Id,
            CaseConfigId = type.CaseConfigId,
            CreatedOn = now,
            LastUpdatedOn = now,
            Sequence = sequence,
        };
        _cases.Add(created);
        return created;
    }

    internal void Touch(EmulatedCase target)
    {
        target.LastUpdatedOn = Time.GetUtcNow();
        target.Version++;
    }

    internal void Record(EmulatedCase target, string type, JsonObject? data = null)
        => _events.Add(new EmulatedEvent(
            Guid.NewGuid().ToString(), ++_eventSequence, target.TenantId, target.Id, type, Time.GetUtcNow(), data ?? []));
}
