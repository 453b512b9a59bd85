using Connectors.Core;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.WorkflowService;

namespace Connectors.OpenText.WorkflowService.Tests;

/// <summary>Bad input, failing and hanging servers, wrong credentials: always a typed error, never a raw one.</summary>
public sealed class ErrorHandlingTests : IAsyncLifetime
{
    private readonly WorkflowTestHost _host = new();

    private WorkflowServiceClient Client => _host.Client;

    private FaultInjector Faults => _host.Emulator.Faults;

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_transient_failure_on_a_read_is_retried()
    {
        Faults.Add(Fault.Status(503), count: 2, pathContains: "/runtime/models", method: "GET");

        WorkflowModel definition = await Client.Models.GetLatestAsync(SeedModels.ClaimsKey);

        Assert.Equal(SeedModels.ClaimsKey, definition.Key);
        Assert.Equal(2, Faults.InjectedCount);
    }

    [Fact]
    public async Task A_failed_start_is_not_resent()
    {
        Faults.Add(Fault.Status(500, """{"message":"Internal server error","exception":"boom"}"""), count: null, pathContains: "/process-instances", method: "POST");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey));

        Assert.Equal(500, error.Status);
        Assert.True(error.IsTransient);
        Assert.Equal("boom", error.VendorMessage);
        Assert.Equal(1, Faults.InjectedCount);
    }

    [Fact]
    public async Task A_rate_limited_start_is_retried_after_the_server_delay()
    {
        Faults.Add(Fault.Status(429, headers: new Dictionary<string, string> { ["Retry-After"] = "0" }), count: 1, pathContains: "/process-instances", method: "POST");

        ProcessInstance instance = await Client.ProcessInstances.StartAsync(SeedModels.ClaimsKey, new StartProcessOptions { BusinessKey = "rate-limited" });

        Assert.Equal("rate-limited", instance.BusinessKey);
        Assert.Equal(1, Faults.InjectedCount);
        Assert.Single(_host.Emulator.Engine.Instances, i => i.BusinessKey == "rate-limited");
    }

    [Fact]
    public async Task A_server_that_keeps_failing_ends_in_a_typed_error()
    {
        Faults.Add(Fault.Status(502), count: null, pathContains: "/tasks");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.Tasks.ListAsync().ToListAsync());

        Assert.Equal(502, error.Status);
        Assert.True(Faults.InjectedCount > 1);
    }

    [Fact]
    public async Task Malformed_json_is_a_serialization_error()
    {
        Faults.Add(Fault.Status(200, "{ not json"), pathContains: "/runtime/models");

        await Assert.ThrowsAsync<ConnectorSerializationException>(() => Client.Models.GetLatestAsync(SeedModels.ClaimsKey));
    }

    [Fact]
    public async Task A_missing_required_field_is_a_serialization_error()
    {
        Faults.Add(Fault.Status(200, """{"_embedded":{"tasks":[{"name":"no id"}]},"page":{"size":1,"totalElements":1,"totalPages":1,"number":0}}"""), pathContains: "/tasks");

        await Assert.ThrowsAsync<ConnectorSerializationException>(() => Client.Tasks.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task Unknown_event_types_are_kept()
    {
        Faults.Add(Fault.Status(200, """{"data":[{"id":"e1","sequence":7,"type":"TASK_ESCALATED"}],"lastSequence":7,"hasMore":false}"""), pathContains: "/events");

        WorkflowEventBatch batch = await Client.Events.GetEventsAsync();

        Assert.Equal("TASK_ESCALATED", Assert.Single(batch.Data).Type.Value);
        Assert.True(batch.Data[0].Type.IsTaskEvent);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        Faults.Add(Fault.Drop(), count: 1, pathContains: "/historic-process-instances");

        var list = await Client.History.ListProcessInstancesAsync(new HistoricProcessInstanceQuery { BusinessKey = "none" }).ToListAsync();

        Assert.Empty(list);
        Assert.Equal(1, Faults.InjectedCount);
    }

    [Fact]
    public async Task A_hanging_server_times_out_with_a_typed_error()
    {
        var client = _host.CreateClient(o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.Resilience.MaxRetryAttempts = 1;
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(5);
        });
        Faults.Add(Fault.Hang(), count: null, pathContains: "/runtime/models");

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => client.Models.GetLatestAsync(SeedModels.ClaimsKey));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_authentication_error()
    {
        var client = _host.CreateClient(o => o.ClientSecret = "wrong");

        var error = await Assert.ThrowsAsync<OpenTextAuthenticationException>(() => client.Models.GetLatestAsync(SeedModels.ClaimsKey));
        Assert.Equal(WorkflowServiceClient.SystemName, error.Product);
    }

    [Fact]
    public async Task A_revoked_token_is_refreshed_once_and_the_call_succeeds()
    {
        await Client.Models.GetLatestAsync(SeedModels.ClaimsKey);
        var tokensBefore = _host.Identity.TokenRequestCount;
        _host.Identity.RevokeAll();

        WorkflowModel definition = await Client.Models.GetLatestAsync(SeedModels.ClaimsKey);

        Assert.Equal(SeedModels.ClaimsKey, definition.Key);
        Assert.Equal(tokensBefore + 1, _host.Identity.TokenRequestCount);
    }

    [Fact]
    public async Task Invalid_query_values_are_validation_errors()
    {
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            Client.Tasks.ListAsync(new TaskQuery { Sort = "colour" }).ToListAsync());

        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_are_validated_at_start_up()
    {
        var error = Assert.ThrowsAny<Exception>(() => _host.CreateClient(o => o.DefaultPageSize = 0));

        Assert.Contains("DefaultPageSize", error.ToString(), StringComparison.Ordinal);
        await Task.CompletedTask;
    }
}
