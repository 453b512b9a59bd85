using Connectors.Scenarios.Building;
using Connectors.Scenarios.Events;
using Connectors.Scenarios.Triggers;

namespace Connectors.Scenarios.Runtime;

/// <summary>The registered scenarios, and which of them an event starts.</summary>
internal sealed class ScenarioCatalog
{
    private readonly Dictionary<string, ScenarioPipeline> _byName = new(StringComparer.Ordinal);
    private readonly List<ScenarioPipeline> _all = [];
    private readonly Dictionary<string, IPollSource> _pollers = new(StringComparer.Ordinal);

    public ScenarioCatalog(IEnumerable<ScenarioPipeline> scenarios)
    {
        foreach (var scenario in scenarios)
        {
            if (!_byName.TryAdd(scenario.Name, scenario))
            {
                throw new InvalidOperationException($"Two scenarios are named '{scenario.Name}'; scenario names must be unique.");
            }

            _all.Add(scenario);
            foreach (var poller in scenario.Definition.Triggers.OfType<IPollSource>())
            {
                if (_pollers.TryGetValue(poller.Name, out var existing) && !ReferenceEquals(existing, poller))
                {
                    throw new InvalidOperationException($"Two different poll triggers are named '{poller.Name}'; poller names must be unique because they key the checkpoints.");
                }

                _pollers[poller.Name] = poller;
            }
        }
    }

    public IReadOnlyCollection<ScenarioPipeline> Scenarios => _all;

    public IReadOnlyCollection<IPollSource> Pollers => _pollers.Values;

    public bool TryGet(string name, out ScenarioPipeline scenario) => _byName.TryGetValue(name, out scenario!);

    public bool TryGetPoller(string name, out IPollSource poller) => _pollers.TryGetValue(name, out poller!);

    /// <summary>
    /// Adds the scenarios that declare <paramref name="poller"/> in their <c>From</c>. A poller's events go only to
    /// its own scenarios: its payload is its own type, and another scenario listening to the same source and type
    /// may read a different shape (it has its own poll twin, or receives the vendor's webhook).
    /// </summary>
    public void RouteFromPoller(IPollSource poller, EventEnvelope envelope, List<Storage.StoredEvent> into)
    {
        foreach (var scenario in _all)
        {
            foreach (var trigger in scenario.Definition.Triggers)
            {
                if (ReferenceEquals(trigger, poller))
                {
                    into.Add(new Storage.StoredEvent(scenario.Name, envelope));
                    break;
                }
            }
        }
    }

    /// <summary>Adds the names of the scenarios <paramref name="envelope"/> starts.</summary>
    public void Route(EventEnvelope envelope, List<Storage.StoredEvent> into)
    {
        foreach (var scenario in _all)
        {
            foreach (var trigger in scenario.Definition.Triggers)
            {
                if (trigger.Matches(envelope))
                {
                    into.Add(new Storage.StoredEvent(scenario.Name, envelope));
                    break;
                }
            }
        }
    }
}
