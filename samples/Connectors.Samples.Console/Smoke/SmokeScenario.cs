using System.Globalization;
using System.Runtime.CompilerServices;
using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Samples.Smoke;

/// <summary>
/// A tiny scenario defined in the sample itself, to prove the engine end to end without any recipe:
/// a BigCommerce order that becomes Declined opens (once) a Core Case case and gets a note per status change.
/// </summary>
public static class SmokeScenario
{
    /// <summary>The scenario name (and the report line).</summary>
    public const string Name = "SMOKE";

    /// <summary>The poll trigger that reads changed orders.</summary>
    public const string Poller = "smoke-bigcommerce-orders";

    /// <summary>
    /// The event type the smoke poller stores. Not a BigCommerce webhook scope: the engine hands an event to every
    /// scenario subscribed to its source and type, and the recipes subscribe to BigCommerce's own scopes.
    /// </summary>
    public const string EventType = "sample.smoke.order-status";

    /// <summary>The external reference system the case carries.</summary>
    public const string ReferenceSystem = "bigcommerce-smoke";

    /// <summary>Adds the smoke scenario.</summary>
    /// <param name="builder">The scenarios builder.</param>
    /// <param name="caseDefinitionId">The Core Case case type of the opened cases.</param>
    public static ScenariosBuilder AddSmokeScenario(this ScenariosBuilder builder, string caseDefinitionId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddScenario(Name, s => s
            .From(Trigger.Poll(
                Poller,
                "bigcommerce",
                EventType,
                SmokeJson.Default.OrderChange,
                (services, since, ct) => ChangedOrdersAsync(services.GetRequiredService<BigCommerceClient>(), since, ct),
                subject: o => o.OrderId.ToString(CultureInfo.InvariantCulture),
                modifiedAt: o => o.ModifiedAt))
            .Where(o => o.StatusId == OrderStatus.Declined.Id)
            .Then(
                "open-case",
                key: o => Reference(o.OrderId),
                async (o, ctx, ct) =>
                {
                    var cases = ctx.Services.GetRequiredService<CoreCaseClient>().Cases;
                    var options = new CreateCaseOptions { CaseDefinitionId = caseDefinitionId, Title = $"Order {o.OrderId} declined" };
                    options.ExternalReferences.Add(new ExternalReference(ReferenceSystem, Reference(o.OrderId)));
                    var result = await cases.FindOrCreateAsync(options, ct).ConfigureAwait(false);
                    return new SmokeCase(result.Value.Case.Ref, o);
                },
                SmokeJson.Default.SmokeCase)
            .Then(
                "note-on-case",
                key: c => $"{c.Case}/{c.Order.ModifiedAt.UtcDateTime:O}",
                async (c, ctx, ct) =>
                {
                    var comments = ctx.Services.GetRequiredService<CoreCaseClient>().Comments;
                    var text = $"Order {c.Order.OrderId} is {c.Order.Status} (correlation {ctx.CorrelationId})";

                    // Find-first: a retry after a lost response must not add the note twice (the text names the event).
                    await foreach (var existing in comments.ListAsync(c.Case, cancellationToken: ct).ConfigureAwait(false))
                    {
                        if (existing.Text == text)
                        {
                            return;
                        }
                    }

                    await comments.AddAsync(c.Case, text, cancellationToken: ct).ConfigureAwait(false);
                }));
    }

    /// <summary>The external reference id of an order's case.</summary>
    /// <param name="orderId">The order id.</param>
    public static string Reference(int orderId) => "order/" + orderId.ToString(CultureInfo.InvariantCulture);

    private static async IAsyncEnumerable<OrderChange> ChangedOrdersAsync(BigCommerceClient client, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new OrderQuery { MinDateModified = since };
        await foreach (var order in client.Orders.ListAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new OrderChange(order.Id, order.Status.Id, order.Status.Name, order.DateModified ?? order.DateCreated ?? DateTimeOffset.MinValue);
        }
    }
}
