using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>
/// A client for one BigCommerce store: immutable and thread-safe, with one service per resource.
/// Register it with <c>services.AddBigCommerce(...)</c> (named instances for many stores) and inject it.
/// </summary>
public class BigCommerceClient : ConnectorClient
{
    /// <summary>The system name used in errors and telemetry (<c>Connectors.BigCommerce</c>).</summary>
    public const string SystemName = "BigCommerce";

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> whose base address is the store root and whose handlers add
    /// <c>X-Auth-Token</c>, resilience and pacing; <c>AddBigCommerce</c> builds exactly that.
    /// </summary>
    /// <param name="http">The configured HTTP client.</param>
    /// <param name="options">The store's options.</param>
    public BigCommerceClient(HttpClient http, BigCommerceClientOptions options)
        : base(new ApiConnection(http, new ApiConnectionOptions(SystemName, BigCommerceErrorParser.Parse)))
    {
        ArgumentNullException.ThrowIfNull(options);
        var api = Connection;
        StoreHash = options.StoreHash;
        Orders = new OrderService(api);
        Shipments = new ShipmentService(api);
        Payments = new PaymentService(api);
        OrderMetafields = new OrderMetafieldService(api);
        Catalog = new CatalogService(api);
        Inventory = new InventoryService(api);
        Customers = new CustomerService(api);
        Webhooks = new WebhookService(api);
    }

    /// <summary>For mocking.</summary>
    protected BigCommerceClient()
    {
        StoreHash = string.Empty;
        Orders = null!;
        Shipments = null!;
        Payments = null!;
        OrderMetafields = null!;
        Catalog = null!;
        Inventory = null!;
        Customers = null!;
        Webhooks = null!;
    }

    /// <summary>The store this client talks to.</summary>
    public virtual string StoreHash { get; }

    /// <summary>Orders, their lines, addresses, messages, coupons and the status table (v2).</summary>
    public virtual OrderService Orders { get; }

    /// <summary>Order shipments (v2).</summary>
    public virtual ShipmentService Shipments { get; }

    /// <summary>Transactions, refund quotes and refunds (v3).</summary>
    public virtual PaymentService Payments { get; }

    /// <summary>Order metafields (v3).</summary>
    public virtual OrderMetafieldService OrderMetafields { get; }

    /// <summary>Products, variants, categories (v3).</summary>
    public virtual CatalogService Catalog { get; }

    /// <summary>Inventory adjustments and stock by location (v3).</summary>
    public virtual InventoryService Inventory { get; }

    /// <summary>Customers (v3) and customer groups (v2).</summary>
    public virtual CustomerService Customers { get; }

    /// <summary>Webhook subscriptions (v3).</summary>
    public virtual WebhookService Webhooks { get; }
}
