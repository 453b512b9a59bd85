using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;

namespace Connectors.Emulators.BigCommerce;

/// <summary>
/// The in-memory state of one emulated store: its credentials, request quota and data.
/// Tests read it to check what a client did and change it to simulate back-office actions.
/// </summary>
public sealed class BigCommerceStoreState
{
    private readonly TimeProvider _time;
    private DateTimeOffset _windowStart;
    private int _usedInWindow;
    private long _requests;
    private long _throttled;
    private int _nextId = 1000;

    internal BigCommerceStoreState(string storeHash, string accessToken, int storeId, TimeProvider time, int requestsPerWindow, TimeSpan window)
    {
        StoreHash = storeHash;
        AccessToken = accessToken;
        StoreId = storeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _time = time;
        RequestsPerWindow = requestsPerWindow;
        Window = window;
        _windowStart = time.GetUtcNow();
    }

    /// <summary>The store hash in the URL (<c>/stores/{store_hash}/</c>).</summary>
    public string StoreHash { get; }

    /// <summary>The numeric store id sent in webhook payloads.</summary>
    public string StoreId { get; }

    /// <summary>The only <c>X-Auth-Token</c> this store accepts.</summary>
    public string AccessToken { get; set; }

    /// <summary>Requests allowed per window (the <c>X-Rate-Limit-Requests-Quota</c>).</summary>
    public int RequestsPerWindow { get; set; }

    /// <summary>The quota window (the <c>X-Rate-Limit-Time-Window-Ms</c>).</summary>
    public TimeSpan Window { get; set; }

    /// <summary>
    /// Which wait headers a 429 carries: all four <c>X-Rate-Limit-*</c> (the rate-limit page's example), only
    /// <c>X-Rate-Limit-Time-Reset-Ms</c>, or only <c>X-Retry-After</c> (seconds); the errors page says to honour
    /// either. Default <see cref="TooManyRequestsHeaders.All"/>.
    /// </summary>
    public TooManyRequestsHeaders TooManyRequestsHeaders { get; set; } = TooManyRequestsHeaders.All;

    /// <summary>Authenticated requests received, including throttled ones.</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>Requests answered with 429.</summary>
    public long ThrottledCount => Interlocked.Read(ref _throttled);

    internal object Sync { get; } = new();

    internal List<Order> Orders { get; } = [];

    internal List<Product> Products { get; } = [];

    internal List<Category> Categories { get; } = [];

    internal List<Location> Locations { get; } = [];

    /// <summary>Stock by (location id, variant id).</summary>
    internal Dictionary<(int LocationId, int VariantId), int> Stock { get; } = [];

    internal List<Customer> Customers { get; } = [];

    internal List<CustomerGroup> CustomerGroups { get; } = [];

    internal List<Hook> Hooks { get; } = [];

    internal Action<BigCommerceStoreState, string, JsonObject>? EventSink { get; set; }

    internal DateTimeOffset Now => _time.GetUtcNow();

    internal int NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>Ids of the orders that are not archived, ascending.</summary>
    public IReadOnlyList<int> OrderIds
    {
        get
        {
            lock (Sync)
            {
                return Orders.Where(o => !o.IsDeleted).Select(o => o.Id).ToList();
            }
        }
    }

    /// <summary>The status id of an order, or null when it does not exist.</summary>
    /// <param name="orderId">The order id.</param>
    public int? OrderStatusOf(int orderId)
    {
        lock (Sync)
        {
            return Orders.Find(o => o.Id == orderId)?.StatusId;
        }
    }

    /// <summary>The staff notes of an order, or null when it does not exist.</summary>
    /// <param name="orderId">The order id.</param>
    public string? StaffNotesOf(int orderId)
    {
        lock (Sync)
        {
            return Orders.Find(o => o.Id == orderId)?.StaffNotes;
        }
    }

    /// <summary>Whether an order is archived.</summary>
    /// <param name="orderId">The order id.</param>
    public bool IsArchived(int orderId)
    {
        lock (Sync)
        {
            return Orders.Find(o => o.Id == orderId)?.IsDeleted == true;
        }
    }

    /// <summary>How many orders exist (archived ones included); used to detect duplicate creates.</summary>
    public int OrderCountIncludingArchived
    {
        get
        {
            lock (Sync)
            {
                return Orders.Count;
            }
        }
    }

    /// <summary>The total stock of a product over all locations and variants.</summary>
    /// <param name="productId">The product id.</param>
    public int InventoryOf(int productId)
    {
        lock (Sync)
        {
            var product = Products.Find(p => p.Id == productId);
            return product is null ? 0 : InventoryLevel(product);
        }
    }

    /// <summary>The customer group of a customer, or null when the customer does not exist.</summary>
    /// <param name="customerId">The customer id.</param>
    public int? CustomerGroupOf(int customerId)
    {
        lock (Sync)
        {
            return Customers.Find(c => c.Id == customerId)?.CustomerGroupId;
        }
    }

    /// <summary>Adds <paramref name="count"/> simple orders (one line, status Awaiting Fulfillment), for paging and load tests. Raises no webhooks.</summary>
    /// <param name="count">How many orders to add.</param>
    public void AddBulkOrders(int count)
    {
        lock (Sync)
        {
            var product = Products[0];
            var start = Now.AddDays(-30);
            for (var i = 0; i < count; i++)
            {
                var customer = Customers[i % Customers.Count];
                Orders.Add(Seed.NewOrder(this, customer, product, 11, start.AddSeconds(i), quantity: 1 + (i % 3)));
            }
        }
    }

    /// <summary>Changes an order's status as a merchant would in the control panel, raising the order webhooks.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="statusId">The new status id.</param>
    public void SetOrderStatus(int orderId, int statusId)
    {
        lock (Sync)
        {
            var order = Orders.Find(o => o.Id == orderId) ?? throw new ArgumentException($"Order {orderId} does not exist.", nameof(orderId));
            ChangeStatus(order, statusId);
        }
    }

    internal void ChangeStatus(Order order, int statusId)
    {
        var previous = order.StatusId;
        order.StatusId = statusId;
        order.DateModified = Now;
        Raise("store/order/updated", "order", order.Id);
        if (previous != statusId)
        {
            Raise("store/order/statusUpdated", "order", order.Id, new JsonObject
            {
                ["status"] = new JsonObject { ["previous_status_id"] = previous, ["new_status_id"] = statusId },
            });
        }
    }

    internal int InventoryLevel(Product product) => product.Variants.Sum(VariantLevel);

    internal int VariantLevel(Variant variant)
        => Stock.Where(kv => kv.Key.VariantId == variant.Id).Sum(kv => kv.Value);

    /// <summary>A variant's level as the API reports it: null when it has no stock record of its own (the spec allows null).</summary>
    internal int? ReportedVariantLevel(Variant variant)
        => Stock.Keys.Any(k => k.VariantId == variant.Id) ? VariantLevel(variant) : null;

    internal void Raise(string scope, string type, int id, JsonObject? extra = null)
    {
        var data = new JsonObject { ["type"] = type, ["id"] = id };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        EventSink?.Invoke(this, scope, data);
    }

    /// <summary>Counts a request against the quota; false when the quota is spent (answer 429).</summary>
    internal bool TryConsume(out int left, out long resetMs)
    {
        Interlocked.Increment(ref _requests);
        lock (_quotaSync)
        {
            var now = _time.GetUtcNow();
            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _usedInWindow = 0;
            }

            resetMs = Math.Max(1, (long)Math.Ceiling((_windowStart + Window - now).TotalMilliseconds));
            if (_usedInWindow >= RequestsPerWindow)
            {
                left = 0;
                Interlocked.Increment(ref _throttled);
                return false;
            }

            _usedInWindow++;
            left = RequestsPerWindow - _usedInWindow;
            return true;
        }
    }

    private readonly object _quotaSync = new();
}
