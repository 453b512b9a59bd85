using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>Customers (v3) and customer groups (v2).</summary>
public class CustomerService
{
    private readonly ApiConnection _api;

    internal CustomerService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected CustomerService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Lists customers lazily.</summary>
    /// <param name="query">Filters; null for all customers.</param>
    public virtual AsyncPageable<Customer> ListAsync(CustomerQuery? query = null)
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.Customers)
            .WithQuery("id:in", query?.Ids is { Count: > 0 } ids ? Lists.Csv(ids) : null)
            .WithQuery("email:in", query?.Emails is { Count: > 0 } emails ? string.Join(',', emails) : null)
            .WithQuery("customer_group_id:in", query?.CustomerGroupIds is { Count: > 0 } groups ? Lists.Csv(groups) : null)
            .WithQuery("name:like", query?.NameLike)
            .WithQuery("date_modified:min", query?.MinDateModified)
            .WithQuery("date_modified:max", query?.MaxDateModified)
            .WithQuery("sort", query?.Sort), Json.V3CollectionCustomer);

    /// <summary>Gets a customer (the API has no single-customer path: this filters by <c>id:in</c>).</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorNotFoundException">No such customer.</exception>
    public virtual async Task<Response<Customer>> GetAsync(int customerId, CancellationToken cancellationToken = default)
    {
        var request = ApiRequest.Get(BigCommerceRoutes.Customers).WithQuery("id:in", customerId);
        var response = await _api.SendAsync(request, Json.V3CollectionCustomer, cancellationToken).ConfigureAwait(false);
        var customer = response.Value.Data.FirstOrDefault(c => c.Id == customerId)
            ?? throw new ConnectorNotFoundException(BigCommerceClient.SystemName, $"GET {BigCommerceRoutes.Customers}: customer {customerId} was not found.")
            {
                Status = 404,
                RequestId = response.GetRawResponse().RequestId,
            };
        return new Response<Customer>(customer, response.GetRawResponse());
    }

    /// <summary>Updates up to 10 customers (<c>PUT /v3/customers</c>).</summary>
    /// <param name="updates">The changes; each names its customer id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<Customer>>> UpdateAsync(IReadOnlyList<UpdateCustomerRequest> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count is 0 or > 10)
        {
            throw new ArgumentException("Update between 1 and 10 customers per call.", nameof(updates));
        }

        var request = ApiRequest.Put(BigCommerceRoutes.Customers).WithJson(updates.ToList(), Json.ListUpdateCustomerRequest);
        var response = await _api.SendAsync(request, Json.V3CollectionCustomer, cancellationToken).ConfigureAwait(false);
        return new Response<IReadOnlyList<Customer>>(response.Value.Data, response.GetRawResponse());
    }

    /// <summary>Moves a customer to a group, e.g. an "on hold" group.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="customerGroupId">The group id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Customer>> SetGroupAsync(int customerId, int customerGroupId, CancellationToken cancellationToken = default)
    {
        var response = await UpdateAsync([new UpdateCustomerRequest { Id = customerId, CustomerGroupId = customerGroupId }], cancellationToken).ConfigureAwait(false);
        return new Response<Customer>(response.Value.Single(), response.GetRawResponse());
    }

    /// <summary>Lists customer groups (<c>GET /v2/customer_groups</c>).</summary>
    public virtual AsyncPageable<CustomerGroup> ListGroupsAsync()
        => Lists.V2(_api, () => ApiRequest.Get(BigCommerceRoutes.CustomerGroups), Json.ListCustomerGroup);

    /// <summary>Gets a customer group.</summary>
    /// <param name="customerGroupId">The group id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<CustomerGroup>> GetGroupAsync(int customerGroupId, CancellationToken cancellationToken = default)
        => _api.SendAsync(ApiRequest.Get(BigCommerceRoutes.CustomerGroup(customerGroupId)), Json.CustomerGroup, cancellationToken);
}
