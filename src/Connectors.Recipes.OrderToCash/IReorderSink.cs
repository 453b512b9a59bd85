namespace Connectors.Recipes.OrderToCash;

/// <summary>O2C-2: where reorder events go (purchasing, the ERP). Register your implementation in DI.</summary>
public interface IReorderSink
{
    /// <summary>Raises a reorder: called once each time a SKU's level crosses its reorder point downwards.</summary>
    /// <param name="reorder">The reorder.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the reorder is recorded.</returns>
    ValueTask RaiseAsync(ReorderRequest reorder, CancellationToken cancellationToken = default);
}

/// <summary>O2C-2: a SKU fell to or below its reorder point.</summary>
public sealed class ReorderRequest
{
    /// <summary>The SKU.</summary>
    public required string Sku { get; init; }

    /// <summary>The level now.</summary>
    public required int Level { get; init; }

    /// <summary>The level before the change that crossed the point.</summary>
    public required int PreviousLevel { get; init; }

    /// <summary>The reorder point that was crossed.</summary>
    public required int ReorderPoint { get; init; }

    /// <summary>How many units to order.</summary>
    public required int Quantity { get; init; }

    /// <summary>The source version whose sync crossed the point.</summary>
    public required string SourceVersion { get; init; }

    /// <summary>The correlation id of the triggering event.</summary>
    public required string CorrelationId { get; init; }
}
