namespace Connectors.OpenText.TradingGrid;

/// <summary>
/// A Lens transaction search: the arguments of <c>getTransactions(query: {…})</c> as OpenText's Lens collection uses
/// them. Field names are Lens field names (<c>senderaddress</c>, <c>editype</c>, <c>status</c>, …); values are sent as
/// GraphQL strings and may use <c>*</c> wildcards.
/// </summary>
public sealed class TransactionSearch
{
    /// <summary>The content keys the service extracts by default: purchase order, invoice and shipment numbers.</summary>
    public static IReadOnlyList<string> DefaultContentKeys { get; } = ["purchase order number", "invoice number", "shipment identification"];

    /// <summary>A search-box query across fields, e.g. <c>SYS* AND 850 AND DOCUMENT</c> (sent as <c>query</c>).</summary>
    public string? Query { get; init; }

    /// <summary>Clauses that must all match (sent as <c>fields.must</c>).</summary>
    public IList<TransactionFieldClause> Must { get; init; } = new List<TransactionFieldClause>();

    /// <summary>Clauses of which one must match (sent as <c>fields.should</c>).</summary>
    public IList<TransactionFieldClause> Should { get; init; } = new List<TransactionFieldClause>();

    /// <summary>Exact-value filters with exclusions (sent as <c>filters</c>).</summary>
    public IList<TransactionFilter> Filters { get; init; } = new List<TransactionFilter>();

    /// <summary>A time range (sent as <c>ranges</c>).</summary>
    public TransactionRange? Range { get; init; }

    /// <summary>Filters on extracted business references (sent as <c>contentKeyFilters</c>).</summary>
    public IList<ContentKeyFilter> ContentKeyFilters { get; init; } = new List<ContentKeyFilter>();

    /// <summary>The sort (sent as <c>sortby</c>); the service's own order when <c>null</c>.</summary>
    public TransactionSort? SortBy { get; init; }

    /// <summary>
    /// The content keys to return with each transaction (the <c>contentkeys(names: […])</c> selection). Empty asks for none
    /// and leaves out <c>contentKeyFilters</c>, which Lens needs only to return content keys.
    /// </summary>
    public IReadOnlyList<string> ContentKeys { get; init => field = value ?? []; } = DefaultContentKeys;
}

/// <summary>One <c>{field: x query: "v"}</c> clause.</summary>
/// <param name="Field">The Lens field, e.g. <c>senderaddress</c>.</param>
/// <param name="Query">The value; <c>*</c> matches any.</param>
public sealed record TransactionFieldClause(string Field, string Query);

/// <summary>One <c>{field: x values: [{not: false value: "v"}]}</c> filter.</summary>
/// <param name="Field">The Lens field.</param>
/// <param name="Values">The values; an included value must match, an excluded one must not.</param>
public sealed record TransactionFilter(string Field, IReadOnlyList<TransactionFilterValue> Values);

/// <summary>A value of a <see cref="TransactionFilter"/>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Not">Whether the value excludes instead of includes.</param>
public sealed record TransactionFilterValue(string Value, bool Not = false);

/// <summary>A <c>{field: x from: "…" to: "…"}</c> range.</summary>
/// <param name="Field">The time field, e.g. <c>arrivaltime</c> or <c>statusdate</c>.</param>
/// <param name="From">The start, or <c>null</c>.</param>
/// <param name="To">The end, or <c>null</c>.</param>
public sealed record TransactionRange(string Field, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>A <c>{key: "k" value: "v"}</c> content-key filter.</summary>
/// <param name="Key">The content key, e.g. <c>purchase order number</c>.</param>
/// <param name="Value">The value; <c>*</c> wildcards allowed, e.g. <c>CV*</c>.</param>
public sealed record ContentKeyFilter(string Key, string Value);

/// <summary>A <c>{field: x type: ASC|DESC}</c> sort.</summary>
/// <param name="Field">The Lens field, e.g. <c>arrivaltime</c>.</param>
/// <param name="Descending">Whether to sort newest first.</param>
public sealed record TransactionSort(string Field, bool Descending = false);

/// <summary>One answer of a Lens search: <c>{count total offset scrollid transactions}</c>.</summary>
public sealed class TransactionPage
{
    /// <summary>How many transactions this answer holds.</summary>
    public int Count { get; init; }

    /// <summary>How many transactions match in all.</summary>
    public long Total { get; init; }

    /// <summary>The offset of the first transaction of this answer.</summary>
    public long Offset { get; init; }

    /// <summary>The scroll id, when the search scrolls.</summary>
    public string? ScrollId { get; init; }

    /// <summary>The transactions.</summary>
    public IReadOnlyList<B2BTransaction> Transactions { get; init => field = value ?? []; } = [];
}
