using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Connectors.BigCommerce;

namespace Connectors.Docs.Tests.Scenarios;

/// <summary>The payload of the quick start: which order changed, to what, when.</summary>
public sealed record OrderChange(int OrderId, OrderStatus Status, DateTimeOffset ModifiedAt)
{
    /// <summary>The poll twin's query: orders modified since the checkpoint, oldest change first.</summary>
    public static async IAsyncEnumerable<OrderChange> ListAsync(BigCommerceClient client, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new OrderQuery { MinDateModified = since, Sort = "date_modified:asc" };
        await foreach (var order in client.Orders.ListAsync(query).WithCancellation(cancellationToken))
        {
            yield return new OrderChange(order.Id, order.Status, order.DateModified ?? order.DateCreated ?? DateTimeOffset.UnixEpoch);
        }
    }
}

/// <summary>What the quick start's case is opened from.</summary>
public sealed record CaseDraft(int OrderId, string Kind, decimal Total);

/// <summary>The case the quick start opened, journaled so a replay does not open another.</summary>
public sealed record OpenedCase(int OrderId, string CaseId);

[JsonSerializable(typeof(OrderChange))]
[JsonSerializable(typeof(OpenedCase))]
internal sealed partial class DocsJson : JsonSerializerContext
{
}
