namespace Connectors.BigCommerce;

/// <summary>A v3 collection body: <c>{"data":[...],"meta":{"pagination":{...}}}</c>.</summary>
internal sealed class V3Collection<T>
{
    public List<T> Data { get; set; } = [];

    public V3Meta? Meta { get; set; }
}

/// <summary>A v3 single-resource body: <c>{"data":{...},"meta":{}}</c>.</summary>
internal sealed class V3Envelope<T>
{
    public T? Data { get; set; }
}

internal sealed class V3Meta
{
    public V3Pagination? Pagination { get; set; }
}

internal sealed class V3Pagination
{
    public int Total { get; set; }

    public int Count { get; set; }

    public int PerPage { get; set; }

    public int CurrentPage { get; set; }

    public int TotalPages { get; set; }
}
