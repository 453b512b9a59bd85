using Connectors.Core;

namespace Connectors.BigCommerce.Tests;

public sealed class OrderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Get_reads_rfc2822_dates_money_strings_and_status()
    {
        using var store = fixture.NewStore();
        Order order = await store.Client.Orders.GetAsync(100);

        Assert.Equal(100, order.Id);
        Assert.Equal(OrderStatus.Incomplete, order.Status);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 9, 0, 0, TimeSpan.Zero), order.DateCreated);
        Assert.Null(order.DateShipped);
        Assert.Equal(order.SubtotalIncTax + order.ShippingCostIncTax - order.DiscountAmount, order.TotalIncTax);
        Assert.True(order.TotalIncTax > 0m);
        Assert.Equal("Jane", order.BillingAddress?.FirstName);
        Assert.Equal("US", order.BillingAddress?.CountryIso2);
    }

    [Fact]
    public async Task Seed_has_orders_in_every_status()
    {
        using var store = fixture.NewStore();
        var statuses = new HashSet<int>();
        await foreach (var order in store.Client.Orders.ListAsync())
        {
            statuses.Add(order.Status.Id);
        }

        Assert.Equal(Enumerable.Range(0, 15), statuses.Order());
    }

    [Fact]
    public async Task List_filters_by_status_customer_ids_and_dates()
    {
        using var store = fixture.NewStore();
        var byStatus = await ToList(store.Client.Orders.ListAsync(new OrderQuery { Status = OrderStatus.ManualVerificationRequired }));
        Assert.Equal(2, byStatus.Count);
        Assert.All(byStatus, o => Assert.Equal(OrderStatus.ManualVerificationRequired, o.Status));

        var byCustomer = await ToList(store.Client.Orders.ListAsync(new OrderQuery { CustomerId = 3 }));
        Assert.NotEmpty(byCustomer);
        Assert.All(byCustomer, o => Assert.Equal(3, o.CustomerId));

        var byIds = await ToList(store.Client.Orders.ListAsync(new OrderQuery { MinId = 105, MaxId = 107 }));
        Assert.Equal([105, 106, 107], byIds.Select(o => o.Id));

        var since = new DateTimeOffset(2024, 1, 8, 0, 0, 0, TimeSpan.Zero);
        var recent = await ToList(store.Client.Orders.ListAsync(new OrderQuery { MinDateCreated = since, MaxDateCreated = since.AddDays(1) }));
        Assert.NotEmpty(recent);
        Assert.All(recent, o => Assert.InRange(o.DateCreated!.Value, since, since.AddDays(1)));
    }

    [Fact]
    public async Task List_sorts_by_date_modified_descending()
    {
        using var store = fixture.NewStore();
        var orders = await ToList(store.Client.Orders.ListAsync(new OrderQuery { Sort = "date_modified:desc" }));
        Assert.Equal(orders.OrderByDescending(o => o.DateModified).ThenByDescending(o => o.Id).Select(o => o.Id), orders.Select(o => o.Id));
    }

    [Fact]
    public async Task Count_groups_by_status()
    {
        using var store = fixture.NewStore();
        OrderCount count = await store.Client.Orders.CountAsync();
        Assert.Equal(30, count.Count);
        Assert.Equal(15, count.Statuses.Count);
        Assert.All(count.Statuses, s => Assert.Equal(2, s.Count));
    }

    [Fact]
    public async Task Create_update_and_archive_round_trip()
    {
        using var store = fixture.NewStore();
        Order created = await store.Client.Orders.CreateAsync(new CreateOrderRequest
        {
            CustomerId = 1,
            Status = OrderStatus.Pending,
            BillingAddress = new OrderAddress { FirstName = "Ada", LastName = "Lovelace", Street1 = "1 Loop", City = "London", Zip = "N1", Country = "United Kingdom", CountryIso2 = "GB", Email = "ada@example.com" },
            Products = [new CreateOrderProduct { ProductId = 78, Quantity = 2 }, new CreateOrderProduct { Name = "Gift wrap", Quantity = 1, PriceExTax = 2.5m, PriceIncTax = 2.75m }],
            ExternalSource = "connectors-tests",
        });
        Assert.Equal(OrderStatus.Pending, created.Status);
        Assert.Equal(3, created.ItemsTotal);
        Assert.Equal(49.5m * 2 + 2.75m, created.SubtotalIncTax);

        Order updated = await store.Client.Orders.UpdateAsync(created.Id, new UpdateOrderRequest
        {
            Status = OrderStatus.AwaitingFulfillment,
            StaffNotes = "checked by fraud team",
            CustomerMessage = "Thanks for your order",
        });
        Assert.Equal(OrderStatus.AwaitingFulfillment, updated.Status);
        Assert.Equal("checked by fraud team", updated.StaffNotes);
        Assert.Equal("Thanks for your order", updated.CustomerMessage);

        var archived = await store.Client.Orders.ArchiveAsync(created.Id);
        Assert.Equal(204, archived.Status);
        Assert.True(store.State.IsArchived(created.Id));
        Assert.DoesNotContain(created.Id, store.State.OrderIds);
    }

    [Fact]
    public async Task Set_status_moves_the_order()
    {
        using var store = fixture.NewStore();
        Order order = await store.Client.Orders.SetStatusAsync(111, OrderStatus.Completed);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(10, store.State.OrderStatusOf(111));
    }

    [Fact]
    public async Task Sub_resources_list_products_addresses_messages_and_coupons()
    {
        using var store = fixture.NewStore();
        var products = await ToList(store.Client.Orders.ListProductsAsync(112));
        var line = Assert.Single(products);
        Assert.Equal(112, line.OrderId);
        Assert.True(line.PriceIncTax > line.PriceExTax);

        var addresses = await ToList(store.Client.Orders.ListShippingAddressesAsync(112));
        Assert.Equal(line.OrderAddressId, Assert.Single(addresses).Id);

        var messages = await ToList(store.Client.Orders.ListMessagesAsync(112));
        Assert.Equal("Where is my order?", Assert.Single(messages).Subject);

        var coupons = await ToList(store.Client.Orders.ListCouponsAsync(126));
        Assert.Equal("WELCOME10", Assert.Single(coupons).Code);

        Assert.Empty(await ToList(store.Client.Orders.ListCouponsAsync(100)));
    }

    [Fact]
    public async Task Status_table_has_the_fifteen_statuses()
    {
        using var store = fixture.NewStore();
        List<OrderStatusInfo> statuses = await store.Client.Orders.ListStatusesAsync();
        Assert.Equal(OrderStatus.All.Select(s => s.Name), statuses.Select(s => s.Name));
    }

    [Fact]
    public async Task Missing_order_is_a_typed_not_found_with_the_v2_message()
    {
        using var store = fixture.NewStore();
        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => store.Client.Orders.GetAsync(999_999));
        Assert.Equal(404, error.Status);
        Assert.Equal("The requested resource was not found.", error.VendorMessage);
        Assert.Equal("BigCommerce", error.System);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task Invalid_create_maps_the_v2_error_to_a_validation_error_with_the_field()
    {
        using var store = fixture.NewStore();
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.Orders.CreateAsync(new CreateOrderRequest
        {
            Products = [new CreateOrderProduct { ProductId = 77 }],
        }));
        Assert.Equal(400, error.Status);
        Assert.Contains("billing_address", error.VendorMessage, StringComparison.Ordinal);
        Assert.Equal("billing_address", Assert.Single(error.FieldErrors).Field);
    }

    internal static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
