using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>An order and the exception the rules found on it.</summary>
/// <param name="Order">The order.</param>
/// <param name="Kind">The exception kind, for example <c>payment-declined</c>; <see langword="null"/> when none.</param>
/// <param name="Reason">Why the rule fired.</param>
public sealed record OrderException(OrderSnapshot Order, string? Kind, string? Reason);

/// <summary>BC-CC-1: an order exception (fraud review, payment failure, inventory mismatch, shipping delay) opens a case.</summary>
public static class OrderExceptionRecipe
{
    /// <summary>The catalog id and scenario name.</summary>
    public const string Id = "BC-CC-1";

    /// <summary>The name of the order poll twin.</summary>
    public const string OrderPoller = Id + ".orders";

    /// <summary>Adds BC-CC-1.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="configure">Sets the options; <see cref="RecipeOptionsBase.CaseDefinitionId"/> is required.</param>
    /// <returns>The builder.</returns>
    public static ScenariosBuilder AddOrderExceptionToCase(this ScenariosBuilder builder, Action<OrderExceptionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var o = new OrderExceptionOptions();
        configure(o);
        o.Validate(Id);

        return builder.AddScenario(Id, s => s
            .From(RecipeTriggers.Webhook(o.WebhookScope), RecipeTriggers.OrderPoll(OrderPoller, o.WebhookScope, o.PollFrom, o.PollInterval))
            .Where(signal => signal.Data is { Id: > 0 })
            .Enrich("classify", async (signal, step, ct) => await ClassifyAsync(await OrderCases.ReadOrderAsync(step, signal.Data.Id, ct).ConfigureAwait(false), step, o, ct).ConfigureAwait(false))
            .Where(found => found.Kind is not null)
            .Then("open-case", found => $"{found.Order.Store}:{found.Order.OrderId}:{found.Kind}", (found, step, ct) => OrderCases.OpenAsync(
                step, found.Order.Store, found.Order.OrderId, $"order:{found.Order.OrderId}:{found.Kind}", c =>
                {
                    c.CaseDefinitionId = o.CaseDefinitionId;
                    c.Title = $"Order {found.Order.OrderId}: {found.Kind}";
                    c.Category = found.Kind;
                    c.Priority = CasePriority.High;
                    var queue = o.QueueByKind.TryGetValue(found.Kind!, out var q) ? q : o.AssigneeGroup;
                    c.Assignee = queue is null ? null : CaseIdentity.FunctionalRole(queue);
                    OrderCases.AddOrderAttributes(c, found.Order);
                    c.Attributes["exceptionKind"] = found.Kind;
                    c.Attributes["exceptionReason"] = found.Reason;
                }, ct), OrderExceptionsJsonContext.Default.OpenedCase)
            .Then("link-order", opened => $"{opened.Case}:link", (opened, step, ct) => OrderCases.LinkOnOrderAsync(step, opened, ct)));
    }

    private static async ValueTask<OrderException> ClassifyAsync(OrderSnapshot order, StepContext step, OrderExceptionOptions o, CancellationToken ct)
    {
        if (o.StatusRules.TryGetValue(new OrderStatus(order.StatusId), out var byStatus))
        {
            return new OrderException(order, byStatus, $"order status is {order.Status}");
        }

        if (order.PaymentStatus is { Length: > 0 } payment && o.PaymentStatusRules.TryGetValue(payment, out var byPayment))
        {
            return new OrderException(order, byPayment, $"payment status is {payment}");
        }

        if (!o.AwaitingShipmentStatuses.Contains(new OrderStatus(order.StatusId)))
        {
            return new OrderException(order, null, null);
        }

        if (o.CheckInventory)
        {
            var client = step.Services.GetRequiredService<BigCommerceClient>();
            foreach (var line in order.Lines.Where(l => l.ProductId > 0))
            {
                var product = (await client.Catalog.GetProductAsync(line.ProductId, cancellationToken: ct).ConfigureAwait(false)).Value;
                if (product.InventoryTracking != InventoryTracking.None && product.InventoryLevel < line.Quantity)
                {
                    return new OrderException(order, "inventory-mismatch", $"{line.Sku} needs {line.Quantity}, {product.InventoryLevel} in stock");
                }
            }
        }

        var now = (step.Services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        if (o.ShipBy is { } shipBy && order.Created is { } created && now - created > shipBy)
        {
            return new OrderException(order, "shipping-delay", $"waiting to ship since {created:u}");
        }

        return new OrderException(order, null, null);
    }
}
