using System.Diagnostics;
using System.Reflection;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

/// <summary>The shape every client follows, checked by reflection, and telemetry through Core.</summary>
public sealed class ConventionTests(WorkflowTestHost host) : IClassFixture<WorkflowTestHost>
{
    private static readonly Type[] Services =
    [
        typeof(WorkflowServiceClient), typeof(ModelService), typeof(ProcessInstanceService),
        typeof(WorkflowTaskService), typeof(WorkflowHistoryService), typeof(WorkflowEventService),
    ];

    private static IEnumerable<MethodInfo> PublicMethods(Type type)
        => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);

    [Fact]
    public void Every_async_method_takes_a_cancellation_token_last()
    {
        var offenders = Services.SelectMany(PublicMethods)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Where(m => m.GetParameters() is var p && (p.Length == 0 || p[^1].ParameterType != typeof(CancellationToken) || !p[^1].HasDefaultValue))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_service_member_is_virtual_and_every_service_can_be_mocked()
    {
        var notVirtual = Services.SelectMany(t => PublicMethods(t).Concat(t.GetProperties().Select(p => p.GetMethod!)))
            .Where(m => m.DeclaringType != typeof(object) && !m.IsVirtual)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(notVirtual);
        Assert.All(Services, t => Assert.NotNull(t.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)));
    }

    [Fact]
    public async Task Calls_are_traced_on_the_workflow_activity_source()
    {
        var seen = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Connectors." + WorkflowServiceClient.SystemName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (seen) { seen.Add(activity.DisplayName); } },
        };
        ActivitySource.AddActivityListener(listener);

        await host.Client.Models.GetLatestAsync(SeedModels.ClaimsKey);

        lock (seen)
        {
            Assert.NotEmpty(seen);
        }
    }
}
