using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>The success envelope: <c>{ "status": "success", "data": … }</c>.</summary>
internal sealed class ExstreamEnvelope<T>
{
    public string? Status { get; init; }

    public string? Details { get; init; }

    [JsonRequired]
    public T Data { get; init; } = default!;
}

/// <summary>A paged list: the envelope plus <c>page</c>.</summary>
internal sealed class ExstreamPagedEnvelope<T>
{
    public string? Status { get; init; }

    [JsonRequired]
    public List<T> Data { get; init; } = [];

    public ExstreamPageInfo? Page { get; init; }
}

/// <summary>Paging information (<c>SimplePage</c> in OpenText's SDK).</summary>
internal sealed class ExstreamPageInfo
{
    public int PageSize { get; init; }

    public long PageOffset { get; init; }

    public long TotalElements { get; init; }

    public int TotalPages { get; init; }

    public int CurrentPageNumber { get; init; }
}

/// <summary>One output of an on-demand generation (<c>OrchestrationResponseData</c>).</summary>
internal sealed class OrchestrationOutput
{
    public string? Content { get; init; }

    public string? MimeType { get; init; }

    public EngineOutputContext? EngineOutputContext { get; init; }
}

/// <summary>The body sent to register a callback.</summary>
internal sealed class CallbackRegistrationBody
{
    public required string Url { get; init; }

    public required string Secret { get; init; }

    public required List<string> EventTypes { get; init; }
}
