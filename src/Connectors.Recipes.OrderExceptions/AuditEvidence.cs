namespace Connectors.Recipes.OrderExceptions;

/// <summary>An order message as attached to an audit case (BC-CC-8).</summary>
/// <param name="Id">The message id.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Message">The text.</param>
/// <param name="Status">Read / unread.</param>
/// <param name="Created">When it was written.</param>
public sealed record MessageEvidence(int Id, string? Subject, string? Message, string? Status, DateTimeOffset? Created);

/// <summary>A shipment as attached to an audit case.</summary>
/// <param name="Id">The shipment id.</param>
/// <param name="TrackingNumber">The tracking number.</param>
/// <param name="Carrier">The carrier.</param>
/// <param name="Method">The shipping method.</param>
/// <param name="Created">When it was created.</param>
/// <param name="OrderProductIds">The order lines it carries.</param>
public sealed record ShipmentEvidence(int Id, string? TrackingNumber, string? Carrier, string? Method, DateTimeOffset? Created, IReadOnlyList<int> OrderProductIds);

/// <summary>A payment transaction or refund as attached to an audit case.</summary>
/// <param name="Id">The transaction or refund id.</param>
/// <param name="Event">The event: <c>purchase</c>, <c>capture</c>, <c>refund</c>, …</param>
/// <param name="Amount">The amount.</param>
/// <param name="Gateway">The gateway (or refund provider).</param>
/// <param name="Reference">The gateway's transaction id, or the refund reason.</param>
/// <param name="Status">The status.</param>
/// <param name="Created">When it happened.</param>
public sealed record TransactionEvidence(int Id, string? Event, decimal Amount, string? Gateway, string? Reference, string? Status, DateTimeOffset? Created);
