namespace Connectors.OpenText.TradingGrid.Wire;

// { "data": { "getTransactions": { count, total, offset, transactions } }, "errors": [ { message, extensions: { code } } ] }

internal sealed class LensResponse
{
    public LensData? Data { get; init; }

    public IReadOnlyList<GraphQlError>? Errors { get; init; }
}

internal sealed class LensData
{
    public LensPage? GetTransactions { get; init; }
}

internal sealed class LensPage
{
    public int Count { get; init; }

    public long Total { get; init; }

    public long Offset { get; init; }

    public IReadOnlyList<B2BTransaction> Transactions { get; init => field = value ?? []; } = [];
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
