using System.Reflection;
using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>The shape every client follows (docs/conventions.md), checked by reflection.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] Services =
    [
        typeof(CoreCaseClient), typeof(CaseService), typeof(CaseCommentService), typeof(CaseTaskService),
        typeof(CaseAttachmentService), typeof(CaseLinkService), typeof(CaseEventService), typeof(CaseDefinitionService),
    ];

    public static TheoryData<Type> ServiceTypes() => [.. Services];

    [Theory]
    [MemberData(nameof(ServiceTypes))]
    public void Services_are_mockable_and_every_call_ends_with_an_optional_cancellation_token(Type type)
    {
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).ToList();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.Contains(type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance), c => c.IsFamily && c.GetParameters().Length == 0);
        Assert.All(properties, p => Assert.True(p.GetMethod!.IsVirtual, $"{type.Name}.{p.Name} is not virtual"));
        Assert.All(methods, m =>
        {
            Assert.True(m.IsVirtual, $"{type.Name}.{m.Name} is not virtual");
            var returns = m.ReturnType.IsGenericType ? m.ReturnType.GetGenericTypeDefinition() : m.ReturnType;
            Assert.True(returns == typeof(Task<>) || returns == typeof(AsyncPageable<>), $"{type.Name}.{m.Name} returns {m.ReturnType.Name}");
            var last = m.GetParameters()[^1];
            Assert.Equal(typeof(CancellationToken), last.ParameterType);
            Assert.Equal("cancellationToken", last.Name);
            Assert.True(last.HasDefaultValue, $"{type.Name}.{m.Name}'s cancellation token has no default");
        });
    }

    [Fact]
    public void Growable_enums_keep_unknown_values_and_compare_by_value()
    {
        Assert.Equal(CaseStatus.Open, CaseStatus.Create("OPEN"));
        Assert.Equal("ON_HOLD", CaseStatus.Create("ON_HOLD").ToString());
        Assert.NotEqual(CasePriority.High, CasePriority.Create("high"));
    }
}
