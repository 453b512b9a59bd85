using System.Globalization;
using Connectors.BigCommerce;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Errors;
using Connectors.Scenarios.Runtime;
using Connectors.Scenarios.Triggers;

namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-4: a 3PL/warehouse confirmation becomes a BigCommerce shipment and moves the order to Shipped or Partially Shipped.</summary>
public static class FulfilmentRecipe
{
    /// <summary>
    /// Adds O2C-4: <see cref="ShipmentConfirmed"/> (host) → shipment with carrier + tracking → order status, each once
    /// per order id + tracking number.
    /// </summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Adjusts <see cref="FulfilmentOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddFulfilment(this ScenariosBuilder builder, Action<FulfilmentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new FulfilmentOptions();
        configure?.Invoke(options);
        options.Validate();
        var json = OrderToCashJsonContext.Default;

        return builder.AddScenario(FulfilmentOptions.ScenarioName, s => s
            .From(Trigger.Webhook(OrderToCashEvents.HostSource, OrderToCashEvents.ShipmentConfirmed, json.ShipmentConfirmed))
            .Map(e => Validated(options, e))
            .Then("create-shipment", Key, (e, step, ct) => CreateShipmentAsync(options, e, step, ct), json.ShipmentRecorded)
            .Then("set-status", r => Key(r.OrderId, r.TrackingNumber), async (r, step, ct) =>
            {
                var client = options.Client(step.Services);
                var order = (await client.Orders.GetAsync(r.OrderId, ct).ConfigureAwait(false)).Value;
                var status = order.ItemsShipped >= order.ItemsTotal ? options.ShippedStatus : options.PartiallyShippedStatus;
                var note = $"O2C-4: shipment {r.ShipmentId} ({r.TrackingNumber}) confirmed by the warehouse; correlation {step.CorrelationId}.";
                await StaffNotes.SetStatusAsync(client, r.OrderId, status, note, ct).ConfigureAwait(false);
            }));
    }

    private static string Key(ShipmentConfirmed e) => Key(e.OrderId, e.TrackingNumber);

    private static string Key(int orderId, string trackingNumber) => string.Create(CultureInfo.InvariantCulture, $"{orderId}/{trackingNumber}");

    private static ShipmentConfirmed Validated(FulfilmentOptions options, ShipmentConfirmed e)
    {
        if (e.OrderId <= 0 || string.IsNullOrWhiteSpace(e.TrackingNumber) || string.IsNullOrWhiteSpace(e.Carrier))
        {
            throw new ScenarioException("A shipment confirmation needs an order id, a tracking number and a carrier.");
        }

        return options.RejectUnknownCarriers && !options.Carriers.ContainsKey(e.Carrier)
            ? throw new ScenarioException($"The carrier '{e.Carrier}' is not in the carrier table.")
            : e;
    }

    private static async ValueTask<ShipmentRecorded> CreateShipmentAsync(FulfilmentOptions options, ShipmentConfirmed e, StepContext step, CancellationToken cancellationToken)
    {
        var client = options.Client(step.Services);

        // The shipment POST is not idempotent: a shipment with this tracking number means an earlier attempt got through.
        await foreach (var existing in client.Shipments.ListAsync(e.OrderId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(existing.TrackingNumber, e.TrackingNumber, StringComparison.Ordinal))
            {
                return new ShipmentRecorded { OrderId = e.OrderId, ShipmentId = existing.Id, TrackingNumber = e.TrackingNumber };
            }
        }

        var lines = await client.Orders.ListProductsAsync(e.OrderId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = Items(e, lines);
        var carrier = options.Carriers.TryGetValue(e.Carrier, out var mapped) ? mapped : new CarrierMapping("", e.Carrier.ToLowerInvariant());
        var request = new CreateShipmentRequest
        {
            OrderAddressId = lines.Where(l => items.Any(i => i.OrderProductId == l.Id)).Select(l => l.OrderAddressId).First(),
            Items = items,
            TrackingNumber = e.TrackingNumber,
            ShippingProvider = carrier.ShippingProvider,
            TrackingCarrier = carrier.TrackingCarrier,
            ShippingMethod = e.ShippingMethod,
            Comments = string.IsNullOrEmpty(options.CustomerComment)
                ? null
                : options.CustomerComment.Replace("{carrier}", carrier.TrackingCarrier.ToUpperInvariant(), StringComparison.Ordinal).Replace("{tracking}", e.TrackingNumber, StringComparison.Ordinal),
        };
        var shipment = (await client.Shipments.CreateAsync(e.OrderId, request, cancellationToken).ConfigureAwait(false)).Value;
        return new ShipmentRecorded { OrderId = e.OrderId, ShipmentId = shipment.Id, TrackingNumber = e.TrackingNumber };
    }

    private static List<ShipmentItem> Items(ShipmentConfirmed e, List<OrderProduct> lines)
    {
        var items = new List<ShipmentItem>();
        if (e.Lines.Count == 0)
        {
            items.AddRange(lines.Where(l => l.Quantity > l.QuantityShipped)
                .Select(l => new ShipmentItem { OrderProductId = l.Id, Quantity = l.Quantity - l.QuantityShipped }));
        }

        foreach (var shipped in e.Lines)
        {
            var remaining = shipped.Quantity;
            foreach (var line in lines.Where(l => string.Equals(l.Sku, shipped.Sku, StringComparison.Ordinal)))
            {
                var take = Math.Min(remaining, line.Quantity - line.QuantityShipped);
                if (take > 0)
                {
                    items.Add(new ShipmentItem { OrderProductId = line.Id, Quantity = take });
                    remaining -= take;
                }
            }

            if (remaining > 0)
            {
                throw new ScenarioException($"Order {e.OrderId} has no {remaining} unshipped unit(s) of '{shipped.Sku}' for tracking number {e.TrackingNumber}.");
            }
        }

        return items.Count > 0 ? items : throw new ScenarioException($"Order {e.OrderId} has nothing left to ship.");
    }
}
