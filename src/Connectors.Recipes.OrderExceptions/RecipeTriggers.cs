using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Scenarios.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderExceptions;

/// <summary>The webhook triggers of this section and their poll twins.</summary>
public static class RecipeTriggers
{
    /// <summary>Event source of BigCommerce webhooks and order/product polls.</summary>
    public const string BigCommerceSource = "bigcommerce";

    /// <summary>Event source of Core Case event-feed polls.</summary>
    public const string CoreCaseSource = "corecase";

    /// <summary>Event source of requests a host application submits (contact centre, finance, merchandising).</summary>
    public const string HostSource = "host";

    /// <summary>Event type of Core Case status changes.</summary>
    public const string CaseStatusChanged = "case/statusChanged";

    /// <summary>Event type of a customer complaint from a contact-centre host (<see cref="ComplaintRequest"/>, BC-CC-2).</summary>
    public const string ComplaintRaised = "complaint/raised";

    /// <summary>Event type of a catalog data problem reported by a host (<see cref="CatalogIssueReport"/>, BC-CC-6).</summary>
    public const string CatalogIssueReported = "catalog/issueReported";

    /// <summary>Event type of a strategic-account escalation raised by a host (<see cref="EscalationRequest"/>, BC-CC-7).</summary>
    public const string EscalationRaised = "escalation/raised";

    /// <summary>Event type of an audit request from finance, legal or audit (<see cref="AuditRequest"/>, BC-CC-8).</summary>
    public const string AuditRequested = "audit/requested";

    /// <summary>A typed request a host application submits through the inbox (see <see cref="HostRequestEnvelopes"/>).</summary>
    internal static WebhookTrigger<T> Host<T>(string type, JsonTypeInfo<T> payload)
        => Trigger.Webhook(HostSource, type, payload);

    internal static WebhookTrigger<ResourceSignal> Webhook(string scope)
        => Trigger.Webhook(BigCommerceSource, scope, OrderExceptionsJsonContext.Default.ResourceSignal);

    /// <summary>Poll twin of the order webhooks: orders modified since the checkpoint, oldest change first.</summary>
    internal static PollTrigger<ResourceSignal> OrderPoll(string name, string scope, DateTimeOffset? pollFrom, TimeSpan interval)
        => Trigger.Poll(
            name,
            BigCommerceSource,
            scope,
            OrderExceptionsJsonContext.Default.ResourceSignal,
            (services, since, ct) => Orders(services, since ?? pollFrom, scope, ct),
            signal => "order:" + signal.Data.Id,
            signal => DateTimeOffset.FromUnixTimeSeconds(signal.CreatedAt),
            interval);

    /// <summary>Poll twin of the product webhooks: products modified since the checkpoint.</summary>
    internal static PollTrigger<ResourceSignal> ProductPoll(string name, string scope, DateTimeOffset? pollFrom, TimeSpan interval)
        => Trigger.Poll(
            name,
            BigCommerceSource,
            scope,
            OrderExceptionsJsonContext.Default.ResourceSignal,
            (services, since, ct) => Products(services, since ?? pollFrom, scope, ct),
            signal => "product:" + signal.Data.Id,
            signal => DateTimeOffset.FromUnixTimeSeconds(signal.CreatedAt),
            interval);

    /// <summary>Core Case documents no webhooks: status changes come from its events feed.</summary>
    internal static PollTrigger<CaseMilestone> CaseMilestones(string name, TimeSpan interval)
        => Trigger.Poll(
            name,
            CoreCaseSource,
            CaseStatusChanged,
            OrderExceptionsJsonContext.Default.CaseMilestone,
            (services, since, ct) => Milestones(services, since, ct),
            milestone => milestone.Case.ToString(),
            milestone => milestone.OccurredOn,
            interval,
            changeId: milestone => milestone.EventId);

    private static async IAsyncEnumerable<ResourceSignal> Orders(IServiceProvider services, DateTimeOffset? since, string scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<BigCommerceClient>();
        var query = new Connectors.BigCommerce.OrderQuery { MinDateModified = since, Sort = "date_modified:asc" };
        await foreach (var order in client.Orders.ListAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Signal(scope, "order", order.Id, client.StoreHash, order.DateModified ?? order.DateCreated);
        }
    }

    private static async IAsyncEnumerable<ResourceSignal> Products(IServiceProvider services, DateTimeOffset? since, string scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<BigCommerceClient>();
        var query = new Connectors.BigCommerce.ProductQuery { MinDateModified = since };
        await foreach (var product in client.Catalog.ListProductsAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Signal(scope, "product", product.Id, client.StoreHash, product.DateModified ?? product.DateCreated);
        }
    }

    private static async IAsyncEnumerable<CaseMilestone> Milestones(IServiceProvider services, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<CoreCaseClient>();
        var query = new CaseEventQuery { Since = since, Type = CaseEventType.StatusChanged };
        await foreach (var e in client.Events.ListAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var reason = e.Data.ValueKind == System.Text.Json.JsonValueKind.Object
                && e.Data.TryGetProperty("reason", out var r) && r.ValueKind == System.Text.Json.JsonValueKind.String
                ? r.GetString()
                : null;
            // Core Case times have whole milliseconds: the event id (the trigger's change id) keeps two changes of one
            // case in the same millisecond (in progress, then resolved) two distinct events, in feed order.
            yield return new CaseMilestone(e.Id, e.Case, e.FromStatus?.Value, e.ToStatus?.Value ?? "", reason, e.OccurredOn);
        }
    }

    private static ResourceSignal Signal(string scope, string type, int id, string store, DateTimeOffset? modified) => new()
    {
        Scope = scope,
        Producer = "stores/" + store,
        Data = new ResourceRef { Type = type, Id = id },
        CreatedAt = (modified ?? DateTimeOffset.UnixEpoch).ToUnixTimeSeconds(),
    };
}
