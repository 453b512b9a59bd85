using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Emulators.BigCommerce.Model;

namespace Connectors.Emulators.BigCommerce;

/// <summary>Deterministic seed data: customers and groups, categories, products with inventory, orders in every status.</summary>
internal static class Seed
{
    public const int OnHoldGroupId = 3;

    private static readonly string[] FirstNames = ["Jane", "John", "Ava", "Liam", "Mia", "Noah", "Zoe", "Omar", "Ines", "Kai"];
    private static readonly string[] LastNames = ["Doe", "Smith", "Garcia", "Chen", "Okafor", "Novak", "Rossi", "Dubois", "Khan", "Berg"];

    public static void Fill(BigCommerceStoreState store)
    {
        var start = new DateTimeOffset(2024, 1, 2, 9, 0, 0, TimeSpan.Zero);
        store.CustomerGroups.Add(new CustomerGroup(1, "Retail", true));
        store.CustomerGroups.Add(new CustomerGroup(2, "Wholesale", false));
        store.CustomerGroups.Add(new CustomerGroup(OnHoldGroupId, "On Hold", false));

        for (var i = 0; i < 10; i++)
        {
            store.Customers.Add(new Customer
            {
                Id = i + 1,
                FirstName = FirstNames[i],
                LastName = LastNames[i],
                Email = $"{FirstNames[i].ToLowerInvariant()}.{LastNames[i].ToLowerInvariant()}@example.com",
                Company = i % 3 == 0 ? "Acme Pty Ltd" : "",
                Phone = "555-0100",
                CustomerGroupId = i % 4 == 3 ? 2 : 1,
                DateCreated = start.AddDays(i),
                DateModified = start.AddDays(i),
            });
        }

        store.Categories.Add(new Category(18, 0, "Shop All", true, 0, "/shop-all/"));
        store.Categories.Add(new Category(19, 0, "Garden", true, 1, "/garden/"));
        store.Categories.Add(new Category(20, 0, "Kitchen", true, 2, "/kitchen/"));
        store.Categories.Add(new Category(21, 0, "Regulated", false, 3, "/regulated/"));

        store.Locations.Add(new Location(1, "BC-LOCATION-1", "Default location", true));
        store.Locations.Add(new Location(2, "WAREHOUSE-EAST", "Warehouse East", true));

        (string Name, string Sku, decimal Price, int Category, int Stock)[] catalog =
        [
            ("Orbit Terrarium - Large", "OTL", 109m, 19, 40),
            ("Chemex Coffeemaker 3 Cup", "CC3C", 49.5m, 20, 25),
            ("Able Brewing System", "ABS", 225m, 20, 8),
            ("Dustpan & Brush", "DPB", 34.95m, 18, 0),
            ("Utility Caddy", "OFSUC", 45.95m, 18, 120),
            ("Sodling Plant Food", "SPF", 12.5m, 19, 60),
            ("Prescription Lens Cleaner", "RX-LC", 19m, 21, 15),
            ("1L Le Parfait Jar", "SLLPJ", 7m, 20, 300),
        ];
        var variantId = 60;
        for (var i = 0; i < catalog.Length; i++)
        {
            var (name, sku, price, category, stock) = catalog[i];
            var product = new Product
            {
                Id = 77 + i,
                Name = name,
                Sku = sku,
                Description = $"<p>{name}</p>",
                Price = price,
                CostPrice = Math.Round(price / 2, 2),
                Weight = 1 + i,
                InventoryWarningLevel = 5,
                InventoryTracking = i == 2 ? "variant" : "product",
                DateCreated = start.AddDays(-60 + i),
                DateModified = start.AddDays(-60 + i),
            };
            product.Categories.Add(category);
            product.Variants.Add(new Variant { Id = variantId++, ProductId = product.Id, Sku = sku });
            if (product.InventoryTracking == "variant")
            {
                foreach (var colour in new[] { "Red", "Blue" })
                {
                    var variant = new Variant { Id = variantId++, ProductId = product.Id, Sku = $"{sku}-{colour.ToUpperInvariant()}" };
                    variant.Options.Add(("Colour", colour));
                    product.Variants.Add(variant);
                }
            }

            store.Products.Add(product);
            foreach (var variant in product.InventoryTracking == "variant" ? product.Variants.Skip(1) : product.Variants)
            {
                store.Stock[(1, variant.Id)] = stock;
                store.Stock[(2, variant.Id)] = stock / 2;
            }
        }

        // Two orders in each of the fifteen statuses, oldest first.
        var orderTime = start;
        for (var round = 0; round < 2; round++)
        {
            for (var status = 0; status <= 14; status++)
            {
                var customer = store.Customers[(status + round) % store.Customers.Count];
                var product = store.Products[(status + round) % store.Products.Count];
                var order = NewOrder(store, customer, product, status, orderTime, quantity: 1 + round);
                if (status is 3 or 2 or 10)
                {
                    ShipEverything(store, order, status == 3);
                }

                if (status == 4 || status == 14)
                {
                    order.RefundedAmount = status == 4 ? order.TotalIncTax : Math.Round(order.TotalIncTax / 2, 2);
                    order.PaymentStatus = status == 4 ? "refunded" : "partially refunded";
                }

                if (status == 12)
                {
                    order.Messages.Add(new OrderMessage
                    {
                        Id = store.NextId(), CustomerId = customer.Id, Subject = "Where is my order?",
                        Message = "Please confirm the delivery date.", DateCreated = orderTime.AddHours(2),
                    });
                }

                if (round == 1 && status == 11)
                {
                    order.Coupons.Add(new OrderCoupon { Id = store.NextId(), CouponId = 1, Code = "WELCOME10", Amount = 10, Type = 1, Discount = 5m });
                    order.DiscountAmount = 5m;
                }

                store.Orders.Add(order);
                orderTime = orderTime.AddHours(6);
            }
        }
    }

    public static Order NewOrder(BigCommerceStoreState store, Customer customer, Product product, int statusId, DateTimeOffset created, int quantity)
    {
        var id = store.Orders.Count == 0 ? 100 : store.Orders[^1].Id + 1;
        var address = Address(customer);
        var order = new Order
        {
            Id = id,
            CustomerId = customer.Id,
            StatusId = statusId,
            DateCreated = created,
            DateModified = created,
            ShippingCostIncTax = 10m,
            BillingAddress = address,
            PaymentStatus = statusId is 0 or 1 or 7 ? "pending" : statusId == 6 ? "declined" : "captured",
        };
        var shippingAddress = new ShippingAddress { Id = store.NextId(), Address = (JsonObject)address.DeepClone(), CostIncTax = 10m };
        order.ShippingAddresses.Add(shippingAddress);
        order.Products.Add(new OrderProduct
        {
            Id = store.NextId(),
            ProductId = product.Id,
            VariantId = product.BaseVariant.Id,
            OrderAddressId = shippingAddress.Id,
            Name = product.Name,
            Sku = product.Sku,
            Quantity = quantity,
            PriceExTax = product.Price,
            PriceIncTax = Math.Round(product.Price * 1.1m, 2),
        });
        if (statusId is not (0 or 1 or 6 or 7))
        {
            order.Transactions.Add(new Transaction
            {
                Id = store.NextId(),
                Amount = order.TotalIncTax,
                DateCreated = created.AddMinutes(1),
                GatewayTransactionId = "gw-" + id.ToString(CultureInfo.InvariantCulture),
                FraudReview = statusId == 12,
            });
        }

        return order;
    }

    public static JsonObject Address(Customer customer) => new()
    {
        ["first_name"] = customer.FirstName,
        ["last_name"] = customer.LastName,
        ["company"] = customer.Company,
        ["street_1"] = "455 Main Street",
        ["street_2"] = "",
        ["city"] = "Austin",
        ["state"] = "Texas",
        ["zip"] = "78751",
        ["country"] = "United States",
        ["country_iso2"] = "US",
        ["phone"] = customer.Phone,
        ["email"] = customer.Email,
    };

    private static void ShipEverything(BigCommerceStoreState store, Order order, bool partially)
    {
        var shipment = new Shipment
        {
            Id = store.NextId(),
            OrderAddressId = order.ShippingAddresses[0].Id,
            DateCreated = order.DateCreated.AddDays(1),
            TrackingNumber = "1Z" + order.Id.ToString(CultureInfo.InvariantCulture),
            ShippingProvider = "ups",
            ShippingMethod = "Ground",
        };
        foreach (var line in order.Products)
        {
            var quantity = partially ? Math.Max(1, line.Quantity - 1) : line.Quantity;
            if (partially && line.Quantity == 1)
            {
                line.Quantity = 2;
            }

            line.QuantityShipped = quantity;
            shipment.Items.Add((line.Id, line.ProductId, quantity));
        }

        order.Shipments.Add(shipment);
        order.DateShipped = shipment.DateCreated;
    }
}
