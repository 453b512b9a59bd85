using System.Net;
using System.Text.Json;
using Connectors.Core;
using Connectors.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Connectors.BigCommerce.Tests;

public sealed class UnitTests
{
    [Fact]
    public void Order_json_reads_rfc2822_money_strings_and_keeps_unknown_status()
    {
        var order = JsonSerializer.Deserialize("""
            {"id":1,"status_id":42,"status":"Shipping to the moon","date_created":"Tue, 20 Nov 2012 00:00:00 +0000",
             "date_shipped":"","total_inc_tax":"12.5000","subtotal_ex_tax":8,"items_total":"3","brand_new_field":{"x":1}}
            """, BigCommerceJsonContext.Default.Order)!;

        Assert.Equal(new DateTimeOffset(2012, 11, 20, 0, 0, 0, TimeSpan.Zero), order.DateCreated);
        Assert.Null(order.DateShipped);
        Assert.Equal(12.5m, order.TotalIncTax);
        Assert.Equal(8m, order.SubtotalExTax);
        Assert.Equal(3, order.ItemsTotal);
        Assert.Equal(42, order.Status.Id);
        Assert.False(order.Status.IsKnown);
        Assert.Equal("Status 42", order.Status.Name);
        Assert.True(order.AdditionalProperties!.ContainsKey("brand_new_field"));
    }

    [Fact]
    public void Form_fields_and_the_untyped_credit_card_type_are_read_as_sent_without_extension_data()
    {
        var order = JsonSerializer.Deserialize("""
            {"id":1,"credit_card_type":null,
             "billing_address":{"first_name":"Jane","form_fields":[{"name":"Delivery Instructions","value":"Leave in backyard"},
                                                                  {"name":"Floor","value":3},{"name":"Days","value":["Mon","Tue"]}]}}
            """, BigCommerceJsonContext.Default.Order)!;
        var other = JsonSerializer.Deserialize("""{"id":2,"credit_card_type":{}}""", BigCommerceJsonContext.Default.Order)!;

        Assert.Null(order.CreditCardType);
        Assert.Null(order.AdditionalProperties);
        Assert.Null(order.BillingAddress!.AdditionalProperties);
        var fields = order.BillingAddress.FormFields!;
        Assert.Equal(["Delivery Instructions", "Floor", "Days"], fields.Select(f => f.Name));
        Assert.Equal("Leave in backyard", fields[0].Value!.Value.GetString());
        Assert.Equal(3, fields[1].Value!.Value.GetInt32());
        Assert.Equal(["Mon", "Tue"], fields[2].Value!.Value.EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Object, other.CreditCardType!.Value.ValueKind);
    }

    [Fact]
    public void Update_request_sends_only_the_fields_set_with_a_numeric_status()
    {
        var json = JsonSerializer.Serialize(new UpdateOrderRequest { Status = OrderStatus.Completed, StaffNotes = "done" }, BigCommerceJsonContext.Default.UpdateOrderRequest);
        Assert.Equal("""{"status_id":10,"staff_notes":"done"}""", json);
    }

    [Fact]
    public void Unknown_product_availability_is_kept()
    {
        var product = JsonSerializer.Deserialize("""{"id":1,"availability":"coming-soon","inventory_tracking":"warehouse"}""", BigCommerceJsonContext.Default.V3EnvelopeProduct);
        Assert.Null(product!.Data);
        var direct = JsonSerializer.Deserialize("""{"data":{"id":1,"availability":"coming-soon","inventory_tracking":"warehouse"}}""", BigCommerceJsonContext.Default.V3EnvelopeProduct)!.Data!;
        Assert.Equal("coming-soon", direct.Availability.Value);
        Assert.Equal("warehouse", direct.InventoryTracking.Value);
    }

    [Fact]
    public void Error_parser_reads_v2_arrays_and_v3_objects()
    {
        var v2 = BigCommerceErrorParser.Parse(400, """[{"status":400,"message":"The field 'item_total' cannot be written to."}]""");
        Assert.Equal("The field 'item_total' cannot be written to.", v2.Message);
        Assert.Equal("item_total", Assert.Single(v2.FieldErrors!).Field);

        var v3 = BigCommerceErrorParser.Parse(422, """{"status":422,"title":"JSON data is missing or invalid","type":"/api-docs","errors":{"destination":"error.path.missing."}}""");
        Assert.Equal("JSON data is missing or invalid", v3.Message);
        Assert.Equal(new FieldError("destination", "error.path.missing."), Assert.Single(v3.FieldErrors!));

        var refund = BigCommerceErrorParser.Parse(422, """{"data":[{"status":422,"title":"Unable to provide store credit for a guest customer.","type":"x"}]}""");
        Assert.Equal("Unable to provide store credit for a guest customer.", refund.Message);

        Assert.Equal(ErrorDetails.None, BigCommerceErrorParser.Parse(500, ""));
        Assert.Equal("<html>oops</html>", BigCommerceErrorParser.Parse(502, "<html>oops</html>").Message);
    }

    [Fact]
    public void Rate_limit_reader_reads_the_four_headers()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("X-Rate-Limit-Requests-Left", "0");
        response.Headers.Add("X-Rate-Limit-Requests-Quota", "150");
        response.Headers.Add("X-Rate-Limit-Time-Window-Ms", "30000");
        response.Headers.Add("X-Rate-Limit-Time-Reset-Ms", "1234");
        var snapshot = BigCommerceRateLimitReader.Instance.Read(response)!;
        Assert.Equal(0, snapshot.Remaining);
        Assert.Equal(150, snapshot.Quota);
        Assert.Equal(TimeSpan.FromMilliseconds(1234), snapshot.ResetAfter);
        Assert.Equal(TimeSpan.FromSeconds(30), snapshot.Window);

        using var bare = new HttpResponseMessage(HttpStatusCode.OK);
        Assert.Null(BigCommerceRateLimitReader.Instance.Read(bare));
    }

    [Fact]
    public void Options_build_the_store_root_and_validate()
    {
        var options = new BigCommerceClientOptions { StoreHash = "abc123", AccessToken = "t" };
        Assert.Equal(new Uri("https://api.bigcommerce.com/stores/abc123/"), options.GetBaseAddress());
        Assert.Empty(options.Validate());

        var bad = new BigCommerceClientOptions { StoreHash = "a/b" };
        var errors = bad.Validate().ToList();
        Assert.Contains(errors, e => e.Contains("StoreHash", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("AccessToken", StringComparison.Ordinal));
    }

    [Fact]
    public void Named_instances_and_configuration_resolve_one_client_per_store()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BigCommerce:StoreHash"] = "eu1",
            ["BigCommerce:AccessToken"] = "token-eu",
            ["BigCommerce:Resilience:MaxRetryAttempts"] = "5",
        }).Build();
        var services = new ServiceCollection();
        services.AddBigCommerce("eu-store", configuration.GetSection("BigCommerce"));
        services.AddBigCommerce("us-store", o =>
        {
            o.StoreHash = "us1";
            o.AccessToken = "token-us";
        });
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IConnectorClientFactory<BigCommerceClient>>();
        Assert.Equal("eu1", factory.CreateClient("eu-store").StoreHash);
        Assert.Equal("us1", factory.CreateClient("us-store").StoreHash);
        Assert.Equal(5, provider.GetRequiredService<IOptionsMonitor<BigCommerceClientOptions>>().Get("eu-store").Resilience.MaxRetryAttempts);
    }

    [Fact]
    public void Invalid_options_fail_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddBigCommerce(o => o.StoreHash = "");
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<BigCommerceClient>());
        Assert.Contains("StoreHash is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_can_be_mocked()
    {
        var orders = Substitute.For<OrderService>();
        orders.GetAsync(7, Arg.Any<CancellationToken>()).Returns(ResponseFactory.FromValue(BigCommerceModelFactory.Order(7, OrderStatus.Shipped, 10m)));
        var client = Substitute.For<BigCommerceClient>();
        client.Orders.Returns(orders);

        Order order = await client.Orders.GetAsync(7);
        Assert.Equal(OrderStatus.Shipped, order.Status);
    }
}
