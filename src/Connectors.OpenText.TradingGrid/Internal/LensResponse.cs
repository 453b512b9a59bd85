namespace Connectors.OpenText.TradingGrid.Internal;

// { "data": { "getTransactions": { count, total, offset, scrollid, transactions } }, "errors": [ { message, extensions: { code } } ] }

internal sealed class LensResponse
{
    public LensData? Data { get; init; }

    public IReadOnlyList<GraphQlError>? Errors { get; init; }
}

internal sealed class LensData
{
    public TransactionPage? GetTransactions { get; init; }
}

internal sealed class GraphQlError
{
    public string? Message { get; init; }

    public GraphQlErrorExtensions? Extensions { get; init; }
}

internal sealed class GraphQlErrorExtensions
{
    public string? Code { get; init; }
}
