namespace Connectors.OpenText.TradingGrid.Internal;

// { "data": { "getTransactions": { count, total, offset, scrollid, transactions } }, "errors": [ { message, extensions: { code } } ] }

internal sealed class LensResponse
{
    public LensData? Data { get; set; }

    public IReadOnlyList<GraphQlError>? Errors { get; set; }
}

internal sealed class LensData
{
    public TransactionPage? GetTransactions { get; set; }
}

internal sealed class GraphQlError
{
    public string? Message { get; set; }

    public GraphQlErrorExtensions? Extensions { get; set; }
}

internal sealed class GraphQlErrorExtensions
{
    public string? Code { get; set; }
}
