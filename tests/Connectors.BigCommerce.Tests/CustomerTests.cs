using Connectors.Core;
using Connectors.Emulators.BigCommerce;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class CustomerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task List_filters_customers()
    {
        using var store = fixture.NewStore();
        Assert.Equal(10, (await ToList(store.Client.Customers.ListAsync())).Count);
        var wholesale = await ToList(store.Client.Customers.ListAsync(new CustomerQuery { CustomerGroupIds = [2] }));
        Assert.All(wholesale, c => Assert.Equal(2, c.CustomerGroupId));
        Assert.NotEmpty(wholesale);
        var byEmail = await ToList(store.Client.Customers.ListAsync(new CustomerQuery { Emails = ["mia.okafor@example.com"] }));
        Assert.Equal("Mia", Assert.Single(byEmail).FirstName);
        var byName = await ToList(store.Client.Customers.ListAsync(new CustomerQuery { NameLike = "chen" }));
        Assert.Equal("Liam", Assert.Single(byName).FirstName);
    }

    [Fact]
    public async Task Get_update_and_put_an_account_on_hold()
    {
        using var store = fixture.NewStore();
        Customer customer = await store.Client.Customers.GetAsync(4);
        Assert.Equal("Chen", customer.LastName);

        var groups = await ToList(store.Client.Customers.ListGroupsAsync());
        var onHold = groups.Single(g => g.Name == "On Hold");
        Assert.Equal(BigCommerceEmulator.OnHoldCustomerGroupId, onHold.Id);
        CustomerGroup fetchedGroup = await store.Client.Customers.GetGroupAsync(onHold.Id);
        Assert.Equal("On Hold", fetchedGroup.Name);

        Customer held = await store.Client.Customers.SetGroupAsync(4, onHold.Id);
        Assert.Equal(onHold.Id, held.CustomerGroupId);
        Assert.Equal(onHold.Id, store.State.CustomerGroupOf(4));

        var updated = await store.Client.Customers.UpdateAsync([new UpdateCustomerRequest { Id = 4, Notes = "investigation 7" }]);
        Assert.Equal("investigation 7", Assert.Single(updated.Value).Notes);
    }

    [Fact]
    public async Task Missing_customer_is_not_found_and_bad_update_lists_field_errors()
    {
        using var store = fixture.NewStore();
        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => store.Client.Customers.GetAsync(9999));
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.Customers.UpdateAsync([new UpdateCustomerRequest { Id = 9999 }]));
        Assert.Equal("[0].id", Assert.Single(error.FieldErrors).Field);
    }
}
