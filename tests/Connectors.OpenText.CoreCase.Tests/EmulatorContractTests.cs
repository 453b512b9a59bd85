using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Connectors.Emulators.CoreCase;

namespace Connectors.OpenText.CoreCase.Tests;

/// <summary>The emulator against docs/api/core-case.md, over raw HTTP (no client code), so a client bug cannot hide an emulator bug.</summary>
public sealed class EmulatorContractTests
{
    private static JsonObject NewCase(string title, string? system = null, string? id = null)
    {
        var body = new JsonObject
        {
            ["caseType"] = new JsonObject { ["id"] = CoreCaseState.DefaultCaseTypeId },
            ["caseConfigId"] = CoreCaseState.DefaultCaseConfigId,
            ["caseProperties"] = new JsonObject { ["defaultAttributes"] = new JsonObject { ["caseTitle"] = title, ["clientName"] = "Bob" } },
        };
        if (system is not null)
        {
            body["externalReferences"] = new JsonArray(new JsonObject { ["system"] = system, ["id"] = id });
        }

        return body;
    }

    [Fact]
    public async Task Postman_example_body_creates_an_open_case_with_ccma_dates()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();

        using var response = await http.PostAsJsonAsync("caseinstances", NewCase("Case Instance Example"));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("OPEN", body["status"]!.GetValue<string>());
        Assert.Equal("Bob", body["caseProperties"]!["defaultAttributes"]!["clientName"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$", body["createdOn"]!.GetValue<string>());
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async Task Requests_without_a_valid_token_or_for_another_tenant_get_401()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        emulators.Identity.AddClient("tenant-2", "other", "other-secret");
        using var anonymous = new HttpClient { BaseAddress = emulators.CoreCase.TenantApiAddress() };
        using var http = await emulators.RawClientAsync();

        using var noToken = await anonymous.GetAsync("caseinstances");
        using var otherTenant = await http.GetAsync(new Uri(emulators.CoreCase.TenantApiAddress("tenant-2"), "caseinstances"));

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherTenant.StatusCode);
    }

    [Fact]
    public async Task Racing_creates_with_one_external_reference_make_one_case_and_a_409()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => http.PostAsJsonAsync("caseinstances", NewCase("Order 100", "bigcommerce:abc", "order:100"))));

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
        using var created = await http.PostAsJsonAsync("caseinstances", NewCase("t"));
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        using var unlawful = await http.PutAsJsonAsync($"caseinstances/{id}/status", new JsonObject { ["status"] = "CLOSED" });
        using var same = await http.PutAsJsonAsync($"caseinstances/{id}/status", new JsonObject { ["status"] = "OPEN" });
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
            (await http.PostAsJsonAsync("caseinstances", NewCase($"c{i}"))).Dispose();
        }

        var first = (await http.GetFromJsonAsync<JsonObject>("caseinstances?size=2"))!;
        var last = (await http.GetFromJsonAsync<JsonObject>("caseinstances?size=2&page=2"))!;

        Assert.Equal(2, first["_embedded"]!["caseinstances"]!.AsArray().Count);
        Assert.Equal(5, first["page"]!["totalElements"]!.GetValue<int>());
        Assert.Contains("page=1", first["_links"]!["next"]!["href"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(last["_embedded"]!["caseinstances"]!.AsArray());
        Assert.Null(last["_links"]!["next"]);
    }

    [Fact]
    public async Task Malformed_json_and_missing_title_are_400_with_a_code()
    {
        await using var emulators = await EmulatorFixture.StartAsync();
        using var http = await emulators.RawClientAsync();
        var noTitle = NewCase("x");
        noTitle["caseProperties"]!["defaultAttributes"]!.AsObject().Remove("caseTitle");

        using var malformed = await http.PostAsync("caseinstances", new StringContent("{\"caseType\":", System.Text.Encoding.UTF8, "application/json"));
        using var missing = await http.PostAsJsonAsync("caseinstances", noTitle);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("MALFORMED_REQUEST", (await malformed.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
        var error = (await missing.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("VALIDATION_FAILED", error["code"]!.GetValue<string>());
        Assert.Equal("caseProperties.defaultAttributes.caseTitle", error["details"]![0]!["field"]!.GetValue<string>());
    }
}
