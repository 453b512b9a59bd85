using Connectors.Core;
using static Connectors.BigCommerce.Tests.OrderTests;

namespace Connectors.BigCommerce.Tests;

public sealed class MetafieldTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Record_a_linked_case_id_then_update_list_and_delete()
    {
        using var store = fixture.NewStore();
        Metafield created = await store.Client.OrderMetafields.CreateAsync(112, new CreateMetafieldRequest
        {
            Namespace = "connectors",
            Key = "case_id",
            Value = "CASE-42",
            Description = "Linked Core Case",
        });
        Assert.Equal("CASE-42", created.Value);
        Assert.Equal(112, created.ResourceId);

        var duplicate = await Assert.ThrowsAsync<ConnectorConflictException>(() => store.Client.OrderMetafields.CreateAsync(112, new CreateMetafieldRequest
        {
            Namespace = "connectors",
            Key = "case_id",
            Value = "CASE-43",
        }));
        Assert.Equal(409, duplicate.Status);

        Metafield updated = await store.Client.OrderMetafields.UpdateAsync(112, created.Id, new UpdateMetafieldRequest { Value = "CASE-42-B" });
        Assert.Equal("CASE-42-B", updated.Value);

        var found = Assert.Single(await ToList(store.Client.OrderMetafields.ListAsync(112, "connectors", "case_id")));
        Assert.Equal("CASE-42-B", found.Value);

        await store.Client.OrderMetafields.DeleteAsync(112, created.Id);
        Assert.Empty(await ToList(store.Client.OrderMetafields.ListAsync(112)));
    }

    [Fact]
    public async Task Missing_fields_map_to_v3_field_errors()
    {
        using var store = fixture.NewStore();
        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => store.Client.OrderMetafields.CreateAsync(112, new CreateMetafieldRequest { Namespace = "connectors" }));
        Assert.Equal(422, error.Status);
        Assert.Equal("JSON data is missing or invalid", error.VendorMessage);
        Assert.Equal(["key", "value"], error.FieldErrors.Select(f => f.Field).Order());
    }
}
