using System.Net;
using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce;

namespace Connectors.BigCommerce.Tests;

/// <summary>The emulator's wire behaviour, checked with a bare HttpClient (no client types involved).</summary>
public sealed class EmulatorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private HttpClient Raw(TestStore store, string? token = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(fixture.Emulator.BaseAddress, $"stores/{store.State.StoreHash}/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", token ?? store.State.AccessToken);
        return http;
    }

    [Fact]
    public async Task V2_orders_use_rfc2822_dates_money_strings_and_204_past_the_last_page()
    {
        using var store = fixture.NewStore();
        using var http = Raw(store);
        var page = JsonNode.Parse(await http.GetStringAsync("v2/orders?limit=2"))!.AsArray();
        Assert.Equal(2, page.Count);
        Assert.Equal("Tue, 02 Jan 2024 09:00:00 +0000", (string)page[0]!["date_created"]!);
        Assert.Matches(@"^\d+\.\d{4}$", (string)page[0]!["total_inc_tax"]!);
        Assert.Equal("", (string)page[0]!["date_shipped"]!);

        using var past = await http.GetAsync("v2/orders?page=99&limit=250");
        Assert.Equal(HttpStatusCode.NoContent, past.StatusCode);
        Assert.Empty(await past.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_response_carries_the_rate_limit_headers_and_the_quota_answers_429()
    {
        using var store = fixture.NewStore();
        store.State.RequestsPerWindow = 2;
        store.State.Window = TimeSpan.FromMinutes(1);
        using var http = Raw(store);
        using var first = await http.GetAsync("v3/catalog/products");
        Assert.Equal("1", first.Headers.GetValues("X-Rate-Limit-Requests-Left").Single());
        Assert.Equal("2", first.Headers.GetValues("X-Rate-Limit-Requests-Quota").Single());
        Assert.Equal("60000", first.Headers.GetValues("X-Rate-Limit-Time-Window-Ms").Single());
        Assert.InRange(long.Parse(first.Headers.GetValues("X-Rate-Limit-Time-Reset-Ms").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60_000);

        using var second = await http.GetAsync("v3/catalog/products");
        using var third = await http.GetAsync("v3/catalog/products");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("0", third.Headers.GetValues("X-Rate-Limit-Requests-Left").Single());
        Assert.Equal(1, store.State.ThrottledCount);
    }

    [Fact]
    public async Task Errors_have_the_v2_array_and_v3_object_shapes()
    {
        using var store = fixture.NewStore();
        using var wrong = Raw(store, token: "nope");
        var v2 = JsonNode.Parse(await (await wrong.GetAsync("v2/orders/100")).Content.ReadAsStringAsync())!;
        Assert.Equal(401, (int)v2.AsArray()[0]!["status"]!);

        using var http = Raw(store);
        using var response = await http.PutAsync("v3/catalog/products/77", new StringContent("""{"price":-5}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var v3 = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(422, (int)v3["status"]!);
        Assert.NotNull(v3["title"]);
        Assert.NotNull(v3["type"]);
        Assert.NotNull(v3["errors"]!["price"]);
    }

    [Fact]
    public async Task V3_lists_carry_meta_pagination()
    {
        using var store = fixture.NewStore();
        using var http = Raw(store);
        var body = JsonNode.Parse(await http.GetStringAsync("v3/customers?limit=4&page=2"))!;
        var pagination = body["meta"]!["pagination"]!;
        Assert.Equal(10, (int)pagination["total"]!);
        Assert.Equal(4, (int)pagination["count"]!);
        Assert.Equal(4, (int)pagination["per_page"]!);
        Assert.Equal(2, (int)pagination["current_page"]!);
        Assert.Equal(3, (int)pagination["total_pages"]!);
        Assert.Equal(4, body["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task Stores_are_isolated_and_unknown_stores_are_404()
    {
        using var a = fixture.NewStore();
        using var http = Raw(a);
        using var other = await http.GetAsync(new Uri(fixture.Emulator.BaseAddress, "stores/no-such-store/v3/customers"));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        using var empty = fixture.NewStore(seed: false);
        using var emptyHttp = Raw(empty);
        using var none = await emptyHttp.GetAsync("v2/orders");
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
    }

    [Fact]
    public void Hook_scopes_match_exactly_or_by_wildcard()
    {
        Assert.True(WebhookScopes.Matches("store/order/*", "store/order/statusUpdated"));
        Assert.True(WebhookScopes.Matches("store/order/created", "store/order/created"));
        Assert.False(WebhookScopes.Matches("store/order/created", "store/order/updated"));
        Assert.False(WebhookScopes.Matches("store/product/*", "store/order/updated"));
    }
}
