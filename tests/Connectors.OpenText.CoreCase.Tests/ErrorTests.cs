using Connectors.Core;
using Connectors.Emulators.Hosting;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class ErrorTests
{
    [Fact]
    public async Task Missing_case_is_not_found_and_bad_input_is_a_validation_error_with_fields()
    {
        await using var host = await ClientHost.StartAsync();
        var badType = ClientHost.NewCase("t");
        badType.CaseTypeId = "no-such-type";

        var missing = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => host.Client.Cases.GetAsync("no-such-case"));
        var invalid = await Assert.ThrowsAsync<ConnectorValidationException>(() => host.Client.Cases.CreateAsync(badType));

        Assert.Equal("NOT_FOUND", missing.ErrorCode);
        Assert.Equal(CoreCaseClient.SystemName, missing.System);
        Assert.Equal("VALIDATION_FAILED", invalid.ErrorCode);
        Assert.Equal("caseType.id", Assert.Single(invalid.FieldErrors).Field);
        Assert.False(invalid.IsTransient);
    }

    [Fact]
    public async Task Malformed_or_incomplete_response_bodies_are_serialization_errors()
    {
        await using var host = await ClientHost.StartAsync();
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, "{\"id\": \"x\", \"status\": "), count: 1, pathContains: "/caseinstances/");
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, "{\"caseNumber\": \"CASE-1\"}"), count: 1, pathContains: "/caseinstances/");
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, "{\"id\":\"x\",\"status\":\"OPEN\",\"caseType\":{\"id\":\"t\"},\"createdOn\":\"yesterday\"}"), count: 1, pathContains: "/caseinstances/");

        var truncated = await Assert.ThrowsAsync<ConnectorSerializationException>(() => host.Client.Cases.GetAsync("x"));
        var noId = await Assert.ThrowsAsync<ConnectorSerializationException>(() => host.Client.Cases.GetAsync("x"));
        var badDate = await Assert.ThrowsAsync<ConnectorSerializationException>(() => host.Client.Cases.GetAsync("x"));

        Assert.Contains("not valid JSON", truncated.Message, StringComparison.Ordinal);
        Assert.Contains("'id'", noId.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(badDate.InnerException);
    }

    [Fact]
    public async Task Transient_failures_on_reads_are_retried_until_success()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        host.Emulators.CoreCase.Faults.Add(Fault.Status(503), count: 1, pathContains: "/caseinstances/", method: "GET");
        host.Emulators.CoreCase.Faults.Add(Fault.Drop(), count: 1, pathContains: "/caseinstances/", method: "GET");

        CaseInstance fetched = await host.Client.Cases.GetAsync(created.Id);

        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(2, host.Emulators.CoreCase.Faults.InjectedCount);
    }

    [Fact]
    public async Task A_failed_create_is_not_resent_so_no_duplicate_case_can_appear()
    {
        await using var host = await ClientHost.StartAsync();
        host.Emulators.CoreCase.Faults.Add(Fault.Status(500), count: null, pathContains: "/caseinstances", method: "POST");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.Cases.CreateAsync(ClientHost.NewCase("t")));

        Assert.Equal(500, error.Status);
        Assert.True(error.IsTransient);
        Assert.Equal(1, host.Emulators.CoreCase.Faults.InjectedCount);
    }

    [Fact]
    public async Task A_429_is_honoured_and_retried_even_for_a_create()
    {
        await using var host = await ClientHost.StartAsync();
        host.Emulators.CoreCase.Faults.Add(
            Fault.Status(429, "{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}", new Dictionary<string, string> { ["Retry-After"] = "0" }),
            count: 1,
            pathContains: "/caseinstances",
            method: "POST");

        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));

        Assert.Equal(CaseStatus.Open, created.Status);
        Assert.Single(host.Emulators.CoreCase.State.Cases);
    }

    [Fact]
    public async Task A_hanging_service_is_a_typed_timeout()
    {
        await using var host = await ClientHost.StartAsync(o =>
        {
            o.Resilience.MaxRetryAttempts = 1;
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(3);
        });
        host.Emulators.CoreCase.Faults.Add(Fault.Hang(), count: null, pathContains: "/caseinstances");

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => host.Client.Cases.GetAsync("any"));

        Assert.True(error.IsTransient);
    }
}
