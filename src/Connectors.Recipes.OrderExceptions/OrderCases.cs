using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>
/// The small pieces every recipe of this section shares: reading an order, the external reference that ties a case
/// to a BigCommerce record, opening the case, linking it back on the order, and reading a case's outcome.
/// </summary>
public static class OrderCases
{
    /// <summary>Namespace of the order metafields that record linked case ids.</summary>
    public const string MetafieldNamespace = "connectors.cases";

    /// <summary>Case attribute that carries the correlation id of the triggering event.</summary>
    public const string CorrelationAttribute = "correlationId";

    /// <summary>The external-reference system of a store: <c>bigcommerce:{storeHash}</c>.</summary>
    /// <param name="storeHash">The store hash.</param>
    public static string System(string storeHash) => "bigcommerce:" + storeHash;

    /// <summary>Reads an order with its lines into a snapshot.</summary>
    /// <param name="step">The step (for the client).</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async ValueTask<OrderSnapshot> ReadOrderAsync(StepContext step, int orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        var order = (await client.Orders.GetAsync(orderId, cancellationToken).ConfigureAwait(false)).Value;
        var lines = new List<OrderLineSnapshot>();
        await foreach (var line in client.Orders.ListProductsAsync(orderId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            lines.Add(new OrderLineSnapshot(line.Id, line.ProductId, line.Sku, line.Name, line.Quantity, line.PriceIncTax));
        }

        var billing = order.BillingAddress;
        return new OrderSnapshot
        {
            Store = client.StoreHash,
            OrderId = order.Id,
            CustomerId = order.CustomerId,
            CustomerName = billing is null ? null : $"{billing.FirstName} {billing.LastName}".Trim(),
            CustomerEmail = billing?.Email,
            StatusId = order.Status.Id,
            Status = order.Status.Name,
            PaymentStatus = order.PaymentStatus,
            PaymentMethod = order.PaymentMethod,
            Total = order.TotalIncTax,
            Discount = order.DiscountAmount + order.CouponDiscount,
            Currency = order.CurrencyCode,
            Country = billing?.CountryIso2,
            Created = order.DateCreated,
            Modified = order.DateModified,
            StaffNotes = order.StaffNotes,
            Lines = lines,
        };
    }

    /// <summary>
    /// Finds or creates the case for <paramref name="referenceId"/> (race-safe: Core Case refuses a second case with
    /// the same external reference), carrying the correlation id as a case attribute.
    /// </summary>
    /// <param name="step">The step (client, correlation id).</param>
    /// <param name="storeHash">The store.</param>
    /// <param name="orderId">The order (0 when none).</param>
    /// <param name="referenceId">The external reference id, for example <c>order:100:payment-declined</c>.</param>
    /// <param name="configure">Fills in type, title, routing and attributes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static async ValueTask<OpenedCase> OpenAsync(StepContext step, string storeHash, int orderId, string referenceId, Action<CreateCaseOptions> configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new CreateCaseOptions { CaseDefinitionId = "", Title = referenceId };
        options.ExternalReferences.Add(new ExternalReference(System(storeHash), referenceId));
        options.Attributes[CorrelationAttribute] = step.CorrelationId;
        configure(options);
        var client = step.Services.GetRequiredService<CoreCaseClient>();
        var result = (await client.Cases.FindOrCreateAsync(options, cancellationToken).ConfigureAwait(false)).Value;
        return new OpenedCase(result.Case.Ref, result.Case.CaseNumber, orderId, referenceId, result.Created);
    }

    /// <summary>Records the case (<c>{definition}/{case}</c>, <see cref="CaseRef.ToString"/>) on the order as an app-only metafield keyed by the case's external reference.</summary>
    /// <param name="step">The step (client, correlation id).</param>
    /// <param name="opened">The case.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public static async ValueTask LinkOnOrderAsync(StepContext step, OpenedCase opened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(opened);
        var client = step.Services.GetRequiredService<BigCommerceClient>();
        await foreach (var existing in client.OrderMetafields.ListAsync(opened.OrderId, MetafieldNamespace, opened.Reference).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (existing.Value == opened.Case.ToString())
            {
                return;
            }
        }

        await client.OrderMetafields.CreateAsync(opened.OrderId, new CreateMetafieldRequest
        {
            Namespace = MetafieldNamespace,
            Key = opened.Reference,
            Value = opened.Case.ToString(),
            Description = $"Core Case {opened.CaseNumber} (correlation {step.CorrelationId})",
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The order a case was opened for, from its external reference <c>order:{id}:{kind}…</c> in this store's system;
    /// <see langword="null"/> when the case is not one of <paramref name="kind"/>.
    /// </summary>
    /// <param name="theCase">The case.</param>
    /// <param name="storeHash">The store.</param>
    /// <param name="kind">The kind segment, for example <c>compliance</c>.</param>
    public static (int OrderId, string ReferenceId)? OrderOf(CaseInstance theCase, string storeHash, string kind)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        foreach (var reference in theCase.ExternalReferences)
        {
            if (reference.System != System(storeHash))
            {
                continue;
            }

            var parts = reference.Id.Split(':');
            if (parts.Length >= 3 && parts[0] == "order" && parts[2] == kind
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var orderId))
            {
                return (orderId, reference.Id);
            }
        }

        return null;
    }

    /// <summary>The outcome of a case: the attribute <paramref name="attribute"/> when set, else the reason of the status change.</summary>
    /// <param name="theCase">The case.</param>
    /// <param name="attribute">The outcome attribute name.</param>
    /// <param name="reason">The reason given with the status change.</param>
    public static string? OutcomeOf(CaseInstance theCase, string attribute, string? reason)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        return Text(theCase, attribute) ?? reason?.Trim();
    }

    /// <summary>A string attribute of a case, or <see langword="null"/>.</summary>
    /// <param name="theCase">The case.</param>
    /// <param name="attribute">The attribute.</param>
    public static string? Text(CaseInstance theCase, string attribute)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        return theCase.Attributes.TryGetValue(attribute, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }

    /// <summary>A number attribute of a case (a JSON number or numeric string), or <see langword="null"/>.</summary>
    /// <param name="theCase">The case.</param>
    /// <param name="attribute">The attribute.</param>
    public static decimal? Number(CaseInstance theCase, string attribute)
    {
        ArgumentNullException.ThrowIfNull(theCase);
        if (!theCase.Attributes.TryGetValue(attribute, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    /// <summary>A readable case summary of an order (never sent to customers).</summary>
    /// <param name="order">The order.</param>
    public static string Summary(OrderSnapshot order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Order {order.OrderId} ({order.Status}), {order.Total:0.00} {order.Currency}; customer {order.CustomerName} <{order.CustomerEmail}> #{order.CustomerId}; payment {order.PaymentStatus} by {order.PaymentMethod}.");
        foreach (var line in order.Lines)
        {
            text.Append(CultureInfo.InvariantCulture, $" {line.Quantity} x {line.Sku} {line.Name} @ {line.Price:0.00};");
        }

        if (!string.IsNullOrWhiteSpace(order.StaffNotes))
        {
            text.Append(" Fulfilment notes: ").Append(order.StaffNotes);
        }

        return text.ToString();
    }

    /// <summary>Adds the order's fields as case attributes.</summary>
    /// <param name="options">The new case.</param>
    /// <param name="order">The order.</param>
    public static void AddOrderAttributes(CreateCaseOptions options, OrderSnapshot order)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(order);
        options.Attributes["orderId"] = order.OrderId;
        options.Attributes["customerId"] = order.CustomerId;
        options.Attributes["customerName"] = order.CustomerName;
        options.Attributes["customerEmail"] = order.CustomerEmail;
        options.Attributes["orderStatus"] = order.Status;
        options.Attributes["paymentStatus"] = order.PaymentStatus;
        options.Attributes["orderTotal"] = JsonValue.Create(order.Total);
        options.Summary = Summary(order);
    }
}
