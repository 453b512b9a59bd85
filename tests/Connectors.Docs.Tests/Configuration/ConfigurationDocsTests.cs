using System.Reflection;
using System.Text;
using Connectors.AspNetCore;
using Connectors.BigCommerce;
using Connectors.Core.DependencyInjection;
using Connectors.Core.Resilience;
using Connectors.Docs.Tests.Builder;
using Connectors.OpenText;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Connectors.Scenarios;
using Connectors.Scenarios.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Docs.Tests.Configuration;

/// <summary>docs/configuration.md: its JSON binds to every client, and every public setting is in its tables.</summary>
public sealed class ConfigurationDocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "configuration.md"));

    public static TheoryData<Type> OptionsTypes => new()
    {
        typeof(ConnectorClientOptions),
        typeof(ConnectorResilienceOptions),
        typeof(BigCommerceClientOptions),
        typeof(OpenTextClientOptions),
        typeof(CoreCaseClientOptions),
        typeof(ExstreamClientOptions),
        typeof(TradingGridClientOptions),
        typeof(WorkflowServiceClientOptions),
        typeof(ScenarioOptions),
        typeof(ScenarioRetryOptions),
        typeof(SqliteScenarioStoreOptions),
        typeof(Connectors.Scenarios.PostgreSql.PostgresScenarioStoreOptions),
        typeof(ConnectorsWebhookOptions),
        typeof(ConnectorsDashboardOptions),
    };

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Every_public_setting_is_in_the_reference(Type options)
    {
        var section = Page.IndexOf($"`{options.Name}`", StringComparison.Ordinal);
        Assert.True(section >= 0, $"docs/configuration.md has no section for {options.Name}");
        var next = Page.IndexOf("\n## ", section, StringComparison.Ordinal);
        var table = next < 0 ? Page[section..] : Page[section..next];

        var settings = options.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod?.IsPublic == true || p.PropertyType.IsClass && p.PropertyType != typeof(string));
        var missing = settings.Where(p => !table.Contains($"| `{p.Name}` |", StringComparison.Ordinal)).Select(p => p.Name).ToList();

        Assert.True(missing.Count == 0, $"{options.Name}: not in docs/configuration.md: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_example_json_binds_every_client()
    {
        var start = Page.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = Page[start..Page.IndexOf("\n```", start, StringComparison.Ordinal)];
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddBigCommerce(configuration.GetSection("BigCommerce"));
        services.AddCoreCase(configuration.GetSection("CoreCase"));
        services.AddExstream(configuration.GetSection("Exstream"));
        services.AddTradingGrid(configuration.GetSection("TradingGrid"));
        services.AddWorkflowService(configuration.GetSection("WorkflowService"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal("abc123", provider.GetRequiredService<BigCommerceClient>().StoreHash);
        Assert.Equal(10, Options<BigCommerceClientOptions>(provider).Resilience.PacingReserve);
        Assert.Equal("my-tenant", Options<CoreCaseClientOptions>(provider).TenantId);
        Assert.Equal("claims", Options<ExstreamClientOptions>(provider).Domain);
        Assert.Equal("GC00804444LX", Options<TradingGridClientOptions>(provider).CompanyId);
        Assert.Equal(new Uri("https://us.api.opentext.com/workflow/v1/"), Options<WorkflowServiceClientOptions>(provider).BaseAddress);
        Assert.Equal(new Uri("https://us.api.opentext.com/tenants/my-tenant/oauth2/token"), Options<ExstreamClientOptions>(provider).GetTokenEndpoint());
        Assert.Equal(new Uri("https://communication.us.api.opentext.com/"), Options<ExstreamClientOptions>(provider).GetBaseAddress()); // built from the region
        Assert.NotEqual(Options<ExstreamClientOptions>(provider).GetBaseAddress()!.Host, Options<ExstreamClientOptions>(provider).GetTokenEndpoint().Host);
        Assert.Equal(new Uri("https://apigrid.opentext.com/v1/oauth2/tokens"), Options<TradingGridClientOptions>(provider).GetTokenEndpoint());
        Assert.Equal(OpenTextTokenFlow.TradingGrid, Options<TradingGridClientOptions>(provider).TokenFlow);
        Assert.NotNull(provider.GetRequiredService<CoreCaseClient>());
        Assert.NotNull(provider.GetRequiredService<ExstreamClient>());
        Assert.NotNull(provider.GetRequiredService<TradingGridClient>());
        Assert.NotNull(provider.GetRequiredService<WorkflowServiceClient>());
    }

    private static T Options<T>(IServiceProvider provider)
        where T : class => provider.GetRequiredService<IOptionsMonitor<T>>().Get(Microsoft.Extensions.Options.Options.DefaultName);
}
