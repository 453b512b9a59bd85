using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Connectors.Emulators.CoreCase;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>The emulator against docs/api/core-case.md, over raw HTTP (no client code), so a client bug cannot hide an emulator bug.</summary>
public sealed class EmulatorContractTests
{
    private const string Cases = $"case-definitions/{CoreCaseState.DefaultCaseDefinitionId}/cases";

    private static JsonObject NewCase(string title, string? system = null, string? id = null)
    {
        var attributes = new JsonObject { ["caseTitle"] = title, ["clientName"] = "Bob" };
        if (system is not null)
        {
            attributes["externalReferences"] = new JsonArray(new JsonObject { ["system"] = system, ["id"] = id });
        }

        return new JsonObject
        {
            ["caseType"] = new JsonObject { ["id"] = CoreCaseState.DefaultCaseDefinitionId },
            ["caseConfigId"] = CoreCaseState.DefaultCaseConfigId,
            ["caseProperties"] = new JsonObject { ["defaultAttributes"] = attributes },
        };
    }

    private static async Task<string> CreateAsync(HttpClient http, string title = "t")
    {
        using var created = await http.PostAsJsonAsync(Cases, NewCase(title));
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_created_case_lives_under_its_definition_with_audit_fields_and_published_identities()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();

        using var response = await http.PostAsJsonAsync(Cases, NewCase("Case Instance Example"));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<string>();
        var fetched = (await http.GetFromJsonAsync<JsonObject>($"{Cases}/{id}"))!;
        var attributes = fetched["caseProperties"]!["defaultAttributes"]!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new Uri(emulators.CoreCase.ApiAddress, $"{Cases}/{id}"), response.Headers.Location);
        Assert.Equal(CoreCaseState.DefaultCaseDefinitionId, fetched["caseType"]!["id"]!.GetValue<string>());
        Assert.Equal("Bob", attributes["clientName"]!.GetValue<string>());
        Assert.Equal(id, attributes["id"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$", attributes["createdOn"]!.GetValue<string>());
        Assert.Equal("User", attributes["createdByUser"]!["caseIdentityType"]!.GetValue<string>());
        Assert.StartsWith("urn:uuid:", attributes["createdByUser"]!["etsUuid"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_paths_and_patch_edits_are_refused()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();
        var id = await CreateAsync(http);
        using var root = new HttpClient { BaseAddress = emulators.CoreCase.BaseAddress, DefaultRequestHeaders = { Authorization = http.DefaultRequestHeaders.Authorization } };

        using var oldCreate = await http.PostAsJsonAsync("caseinstances", NewCase("t"));
        using var oldGet = await http.GetAsync($"caseinstances/{id}");
        using var oldTenantPath = await root.GetAsync($"tenants/{Connectors.Emulators.OpenTextIdentity.OpenTextIdentityEmulator.DefaultTenant}/api/v1/caseinstances/{id}");
        using var oldDefinitions = await http.GetAsync("casedefinitions");
        using var patch = await http.PatchAsJsonAsync($"{Cases}/{id}", new JsonObject { ["caseProperties"] = new JsonObject { ["defaultAttributes"] = new JsonObject { ["caseTitle"] = "x" } } });

        Assert.Equal(HttpStatusCode.NotFound, oldCreate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oldGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oldTenantPath.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oldDefinitions.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, patch.StatusCode);
        Assert.Single(emulators.CoreCase.State.Cases);
        Assert.Equal("t", emulators.CoreCase.State.Cases[0].Attributes["caseTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_definition_and_a_case_under_the_wrong_definition_are_404s_that_say_which()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        emulators.CoreCase.State.AddCaseDefinition(new EmulatedCaseDefinition("other-def", "Other", "other-config", "OTH", []));
        using var http = await emulators.RawClientAsync();
        var id = await CreateAsync(http);

        using var unknown = await http.GetAsync($"case-definitions/no-such-definition/cases/{id}");
        using var wrong = await http.GetAsync($"case-definitions/other-def/cases/{id}");
        var unknownBody = (await unknown.Content.ReadFromJsonAsync<JsonObject>())!;
        var wrongBody = (await wrong.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("CASE_DEFINITION_NOT_FOUND", unknownBody["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal("CASE_NOT_FOUND", wrongBody["code"]!.GetValue<string>());
        Assert.Contains("other-def", wrongBody["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_data_put_sets_what_it_sends_keeps_the_rest_and_ignores_read_only_audit_fields()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();
        var id = await CreateAsync(http, "before");
        var put = new JsonObject
        {
            ["caseProperties"] = new JsonObject
            {
                ["defaultAttributes"] = new JsonObject { ["caseTitle"] = "after", ["createdOn"] = "2003-08-04T03:37:26.578Z", ["id"] = "not-the-id" },
                ["customAttributes"] = new JsonObject { ["region"] = "EU" },
            },
        };

        using var response = await http.PutAsJsonAsync($"{Cases}/{id}/case-data", put);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var stored = emulators.CoreCase.State.FindCase(id)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("after", body["caseProperties"]!["defaultAttributes"]!["caseTitle"]!.GetValue<string>());
        Assert.Equal(id, body["caseProperties"]!["defaultAttributes"]!["id"]!.GetValue<string>());
        Assert.Equal("Bob", stored.Attributes["clientName"]!.GetValue<string>()); // not sent: kept
        Assert.False(stored.Attributes.ContainsKey("createdOn"));
        Assert.Equal("EU", stored.CustomAttributes["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_without_a_valid_token_get_401_and_tenants_do_not_see_each_others_cases()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        emulators.Identity.AddClient("tenant-2", Connectors.Emulators.OpenTextIdentity.OpenTextIdentityEmulator.DefaultClientId, Connectors.Emulators.OpenTextIdentity.OpenTextIdentityEmulator.DefaultClientSecret);
        using var anonymous = new HttpClient { BaseAddress = emulators.CoreCase.ApiAddress };
        using var http = await emulators.RawClientAsync();
        using var other = await emulators.RawClientAsync("tenant-2");
        var id = await CreateAsync(http);

        using var noToken = await anonymous.GetAsync(Cases);
        using var otherTenant = await other.GetAsync($"{Cases}/{id}");

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
    }

    [Fact]
    public async Task Racing_creates_with_one_external_reference_make_one_case_and_a_409()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => http.PostAsJsonAsync(Cases, NewCase("Order 100", "bigcommerce:abc", "order:100"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var conflict = (await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("DUPLICATE_EXTERNAL_REFERENCE", conflict["code"]!.GetValue<string>());
        Assert.Single(emulators.CoreCase.State.FindByExternalReference("bigcommerce:abc", "order:100"));
        Assert.Equal(emulators.CoreCase.State.Cases.Single().Id, conflict["existingCaseId"]!.GetValue<string>());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Unlawful_transition_is_409_with_the_allowed_statuses_and_same_status_is_a_no_op()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();
        var id = await CreateAsync(http);

        using var unlawful = await http.PutAsJsonAsync($"{Cases}/{id}/status", new JsonObject { ["status"] = "CLOSED" });
        using var same = await http.PutAsJsonAsync($"{Cases}/{id}/status", new JsonObject { ["status"] = "OPEN" });
        var error = (await unlawful.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Conflict, unlawful.StatusCode);
        Assert.Equal("INVALID_STATUS_TRANSITION", error["code"]!.GetValue<string>());
        Assert.Equal("OPEN", error["currentStatus"]!.GetValue<string>());
        Assert.Equal(["IN_PROGRESS"], error["allowedStatuses"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Single(emulators.CoreCase.State.Events, e => e.CaseId == id);
    }

    [Fact]
    public async Task Lists_are_hal_pages_with_a_next_link_until_the_last_page()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(http, $"c{i}");
        }

        var first = (await http.GetFromJsonAsync<JsonObject>($"{Cases}?size=2"))!;
        var last = (await http.GetFromJsonAsync<JsonObject>($"{Cases}?size=2&page=2"))!;

        Assert.Equal(2, first["_embedded"]!["cases"]!.AsArray().Count);
        Assert.Equal(5, first["page"]!["totalElements"]!.GetValue<int>());
        Assert.Contains("page=1", first["_links"]!["next"]!["href"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(last["_embedded"]!["cases"]!.AsArray());
        Assert.Null(last["_links"]!["next"]);
    }

    [Fact]
    public async Task Malformed_json_a_missing_title_and_a_foreign_case_type_are_400_with_a_code()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();
        var noTitle = NewCase("x");
        noTitle["caseProperties"]!["defaultAttributes"]!.AsObject().Remove("caseTitle");
        var foreignType = NewCase("x");
        foreignType["caseType"]!["id"] = "another-definition";

        using var malformed = await http.PostAsync(Cases, new StringContent("{\"caseType\":", System.Text.Encoding.UTF8, "application/json"));
        using var missing = await http.PostAsJsonAsync(Cases, noTitle);
        using var foreign = await http.PostAsJsonAsync(Cases, foreignType);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", (await malformed.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
        var error = (await missing.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("VALIDATION_FAILED", error["code"]!.GetValue<string>());
        Assert.Equal("caseProperties.defaultAttributes.caseTitle", error["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("caseType.id", (await foreign.Content.ReadFromJsonAsync<JsonObject>())!["details"]![0]!["field"]!.GetValue<string>());
    }
}
