using System.Net;
using System.Text.Json;
using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.OpenText.Exstream;
using Connectors.OpenText.TradingGrid;
using Connectors.OpenText.WorkflowService;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Emulators.Tool.Tests;

/// <summary>The tool as a user runs it: its own process, all five systems, called over HTTP on 127.0.0.1.</summary>
public sealed class ToolServesEverySystemTests(RunningToolFixture tool) : IClassFixture<RunningToolFixture>
{
    [Fact]
    public async Task Every_curl_command_of_the_docs_page_gets_a_json_answer()
    {
        var commands = DocsCurlCommands.Read();
        Assert.True(commands.Count >= 12, $"expected the two token calls and two calls per system on the page, found {commands.Count}");
        using var http = new HttpClient();

        // The first two commands ask the identity service for a tenant token and a Trading Grid token.
        var token = await TokenAsync(http, commands[0]);
        var tradingGridToken = await TokenAsync(http, commands[1]);

        var answered = new HashSet<int>();
        foreach (var command in commands.Skip(2))
        {
            using var request = DocsCurlCommands.ToRequest(command, token, tool.Rewrite, tradingGridToken);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}\n→ {(int)response.StatusCode}: {body}");
            using var json = JsonDocument.Parse(body);
            Assert.True(json.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array, command);
            answered.Add(request.RequestUri!.Port);
        }

        Assert.Equal(5, answered.Count); // every system answered at least one of the page's commands
    }

    private async Task<string> TokenAsync(HttpClient http, string command)
    {
        using var request = DocsCurlCommands.ToRequest(command, token: null, tool.Rewrite);
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}\n→ {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("access_token").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        return token!;
    }

    [Fact]
    public async Task The_configuration_it_wrote_binds_every_client_and_each_system_answers()
    {
        var services = new ServiceCollection();
        services.AddBigCommerce(tool.Configuration.GetSection("BigCommerce"));
        services.AddCoreCase(tool.Configuration.GetSection("CoreCase"));
        services.AddExstream(tool.Configuration.GetSection("Exstream"));
        services.AddTradingGrid(tool.Configuration.GetSection("TradingGrid"));
        services.AddWorkflowService(tool.Configuration.GetSection("WorkflowService"));
        await using var provider = services.BuildServiceProvider();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = timeout.Token;

        var orders = await provider.GetRequiredService<BigCommerceClient>().Orders.ListAsync().Take(5).ToListAsync(ct);
        var caseTypes = await provider.GetRequiredService<CoreCaseClient>().CaseDefinitions.ListAsync(ct).ToListAsync(ct);
        var jobs = await provider.GetRequiredService<ExstreamClient>().Jobs.ListAsync().ToListAsync(ct);
        var partners = await provider.GetRequiredService<TradingGridClient>().Partners.ListAsync(cancellationToken: ct).ToListAsync(ct);
        var definitions = await provider.GetRequiredService<WorkflowServiceClient>().Models.ListAsync(cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(5, orders.Count);
        Assert.Contains(caseTypes, t => t.Id == tool.Configuration["Recipes:CaseDefinitionId"]);
        Assert.Empty(jobs); // a fresh Exstream has no jobs; the call authenticated and answered
        Assert.NotEmpty(partners);
        Assert.NotEmpty(definitions);
    }
}
