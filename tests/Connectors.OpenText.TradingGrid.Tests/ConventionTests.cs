using System.Reflection;
using Connectors.Core;
using NSubstitute;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class ConventionTests
{
    private static readonly Type[] Services =
        typeof(TradingGridClient).GetProperties().Select(p => p.PropertyType).ToArray();

    [Fact]
    public void Every_service_method_is_virtual_and_ends_with_an_optional_cancellation_token()
    {
        var methods = Services.SelectMany(s => s.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).ToList();

        Assert.Equal(10, Services.Length);
        Assert.True(methods.Count > 20);
        Assert.All(methods, m =>
        {
            Assert.True(m.IsVirtual, $"{m.DeclaringType!.Name}.{m.Name} must be virtual");
            var last = m.GetParameters()[^1];
            Assert.True(last.ParameterType == typeof(CancellationToken) && last.HasDefaultValue, $"{m.DeclaringType!.Name}.{m.Name} must end with CancellationToken cancellationToken = default");
        });
    }

    [Fact]
    public void The_client_and_services_can_be_mocked()
    {
        Assert.All(Services.Append(typeof(TradingGridClient)), t =>
            Assert.Contains(t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance), c => c.IsFamily && c.GetParameters().Length == 0));
    }

    [Fact]
    public async Task A_mocked_client_serves_model_factory_values()
    {
        var posts = Substitute.For<PostService>();
        var client = Substitute.For<TradingGridClient>();
        client.Posts.Returns(posts);
        posts.ListAsync("TH1", Arg.Any<PostQuery?>(), Arg.Any<CancellationToken>())
            .Returns(AsyncPageable<CommunityPost>.FromPages([Page<CommunityPost>.FromValues([TradingGridModelFactory.CommunityPost("PO1", "TH1", "hello")])]));

        var listed = await client.Posts.ListAsync("TH1").ToListAsync();

        Assert.Equal("hello", Assert.Single(listed).Body);
        Assert.Equal(PostVisibility.Partner, listed[0].Visibility);
    }
}
