using Connectors.Core;
using Connectors.Emulators.Hosting;

namespace Connectors.OpenText.CoreCase.Tests;

public sealed class ErrorTests
{
    [Fact]
    public async Task An_unknown_definition_and_a_case_under_the_wrong_definition_are_typed_not_found_errors_with_the_vendor_message()
    {
        await using var host = await ClientHost.StartAsync();
        host.Emulators.CoreCase.State.AddCaseDefinition(new Connectors.Emulators.CoreCase.EmulatedCaseDefinition("other-def", "Other", "other-config", "OTH", []));
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        var unknownDefinition = ClientHost.NewCase("t");
        unknownDefinition.CaseDefinitionId = "no-such-definition";

        var noDefinition = await Assert.ThrowsAsync<CaseDefinitionNotFoundException>(() => host.Client.Cases.CreateAsync(unknownDefinition));
        var noDefinitionToRead = await Assert.ThrowsAsync<CaseDefinitionNotFoundException>(() => host.Client.CaseDefinitions.GetAsync("no-such-definition"));
        var caseOfUnknownDefinition = await Assert.ThrowsAsync<CaseDefinitionNotFoundException>(() => host.Client.Cases.GetAsync(new CaseRef("no-such-definition", created.Id)));
        var wrongDefinition = await Assert.ThrowsAsync<CaseNotFoundException>(() => host.Client.Cases.GetAsync(new CaseRef("other-def", created.Id)));
        var wrongDefinitionWrite = await Assert.ThrowsAsync<CaseNotFoundException>(() => host.Client.Comments.AddAsync(new CaseRef("other-def", created.Id), "note"));
        var noCase = await Assert.ThrowsAsync<CaseNotFoundException>(() => host.Client.Cases.GetAsync(new CaseRef(ClientHost.Definition, "no-such-case")));

        Assert.Equal("no-such-definition", noDefinition.CaseDefinitionId);
        Assert.Equal("Case definition 'no-such-definition' was not found.", noDefinition.VendorMessage);
        Assert.Equal("CASE_DEFINITION_NOT_FOUND", noDefinition.ErrorCode);
        Assert.Equal(404, noDefinitionToRead.Status);
        Assert.Equal("no-such-definition", caseOfUnknownDefinition.CaseDefinitionId);
        Assert.Equal(new CaseRef("other-def", created.Id), wrongDefinition.Case);
        Assert.Equal($"Case '{created.Id}' was not found in case definition 'other-def'.", wrongDefinition.VendorMessage);
        Assert.Equal("CASE_NOT_FOUND", wrongDefinitionWrite.ErrorCode);
        Assert.Equal(CoreCaseClient.SystemName, noCase.System);
        Assert.False(noCase.IsTransient);
        Assert.Empty(host.Emulators.CoreCase.State.FindCase(created.Id)!.Comments);
    }

    [Fact]
    public async Task Bad_input_is_a_validation_error_with_fields()
    {
        await using var host = await ClientHost.StartAsync();
        var wrongConfig = ClientHost.NewCase("t");
        wrongConfig.CaseConfigId = "not-the-config";

        var invalid = await Assert.ThrowsAsync<ConnectorValidationException>(() => host.Client.Cases.CreateAsync(wrongConfig));

        Assert.Equal("VALIDATION_FAILED", invalid.ErrorCode);
        Assert.Equal("caseConfigId", Assert.Single(invalid.FieldErrors).Field);
        Assert.Contains("not-the-config", invalid.VendorMessage, StringComparison.Ordinal);
        Assert.False(invalid.IsTransient);
        Assert.Throws<ArgumentException>(() => new CaseRef("a/b", "c"));
    }

    [Fact]
    public async Task Malformed_or_incomplete_response_bodies_are_serialization_errors()
    {
        await using var host = await ClientHost.StartAsync();
        var any = new CaseRef(ClientHost.Definition, "x");
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, "{\"id\": \"x\", \"status\": "), count: 1, pathContains: "/cases/");
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, "{\"caseNumber\": \"pre-1\"}"), count: 1, pathContains: "/cases/");
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, "{\"id\":\"x\",\"status\":\"OPEN\",\"caseType\":{\"id\":\"t\"},\"createdOn\":\"yesterday\"}"), count: 1, pathContains: "/cases/");

        var truncated = await Assert.ThrowsAsync<ConnectorSerializationException>(() => host.Client.Cases.GetAsync(any));
        var noId = await Assert.ThrowsAsync<ConnectorSerializationException>(() => host.Client.Cases.GetAsync(any));
        var badDate = await Assert.ThrowsAsync<ConnectorSerializationException>(() => host.Client.Cases.GetAsync(any));
        host.Emulators.CoreCase.Faults.Add(Fault.Status(200, "{\"data\":[{\"id\":\"x\"}],\"total\":1}"), count: 1, pathContains: "/cases");
        var notAList = await Assert.ThrowsAsync<ConnectorSerializationException>(() => CaseTests.ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition)));

        Assert.Contains("not valid JSON", truncated.Message, StringComparison.Ordinal);
        Assert.Contains("'id'", noId.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(badDate.InnerException);
        Assert.Contains("HAL page", notAList.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_is_read_from_each_shape_the_service_answers_with_and_any_other_is_a_typed_error()
    {
        await using var host = await ClientHost.StartAsync();
        var created = (await host.Client.Cases.CreateAsync(ClientHost.NewCase("listed"))).Value;
        var item = await host.Client.SendAsync(ApiRequest.Get($"case-definitions/{ClientHost.Definition}/cases/{created.Ref.CaseId}"));
        var wire = System.Text.Encoding.UTF8.GetString(item.Content.Span); // the case as the service sends it
        void Answer(string body) => host.Emulators.CoreCase.Faults.Add(Fault.Status(200, body), count: 1, pathContains: "/cases", method: "GET");

        Answer($"[{wire}]"); // a bare array
        var bare = await CaseTests.ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition));
        Answer($$$"""{"page":{"totalElements":9},"_links":{"next":{"href":"x"}},"_embedded":{"note":"first array wins","cases":[{{{wire}}},{{{wire}}}],"more":[]}}""");
        Page<CaseInstance>? first = null;
        await foreach (var page in host.Client.Cases.ListAsync(ClientHost.Definition).AsPages())
        {
            first = page;
            break;
        }

        Answer("""{"_links":{"self":{"href":"x"}},"page":{"size":20,"totalElements":0}}"""); // Spring leaves _embedded out of an empty page
        var empty = await CaseTests.ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition));
        Answer("""{"_embedded":{"cases":{}},"page":{}}""");
        var noArray = await Assert.ThrowsAsync<ConnectorSerializationException>(() => CaseTests.ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition)));
        Answer("""{"_embedded":{"cases":["not a case"]},"page":{}}""");
        var badItem = await Assert.ThrowsAsync<ConnectorSerializationException>(() => CaseTests.ToListAsync(host.Client.Cases.ListAsync(ClientHost.Definition)));

        Assert.Equal(created.Id, Assert.Single(bare).Id);
        Assert.Equal(2, first!.Values.Count);
        Assert.Equal(9, first.TotalCount);
        Assert.NotNull(first.ContinuationToken);
        Assert.Empty(empty);
        Assert.Contains("HAL page", noArray.Message, StringComparison.Ordinal);
        Assert.Contains("list item is not a valid Case", badItem.Message, StringComparison.Ordinal);
        Assert.Equal(200, badItem.Status);
    }

    [Fact]
    public async Task Transient_failures_on_reads_are_retried_until_success()
    {
        await using var host = await ClientHost.StartAsync();
        CaseInstance created = await host.Client.Cases.CreateAsync(ClientHost.NewCase("t"));
        host.Emulators.CoreCase.Faults.Add(Fault.Status(503), count: 1, pathContains: "/cases/", method: "GET");
        host.Emulators.CoreCase.Faults.Add(Fault.Drop(), count: 1, pathContains: "/cases/", method: "GET");

        CaseInstance fetched = await host.Client.Cases.GetAsync(created.Ref);

        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(2, host.Emulators.CoreCase.Faults.InjectedCount);
    }

    [Fact]
    public async Task A_failed_create_is_not_resent_so_no_duplicate_case_can_appear()
    {
        await using var host = await ClientHost.StartAsync();
        host.Emulators.CoreCase.Faults.Add(Fault.Status(500), count: null, pathContains: "/cases", method: "POST");

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
            pathContains: "/cases",
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
        host.Emulators.CoreCase.Faults.Add(Fault.Hang(), count: null, pathContains: "/cases");

        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => host.Client.Cases.GetAsync(new CaseRef(ClientHost.Definition, "any")));

        Assert.True(error.IsTransient);
    }
}
