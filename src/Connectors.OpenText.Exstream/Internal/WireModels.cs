using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>The envelope (<c>ExstreamDataResponse</c> in OpenText's SDK): <c>{ "status": "success", "details", "data": … }</c>.</summary>
internal sealed class ExstreamEnvelope<T>
{
    public string? Status { get; init; }

    public string? Details { get; init; }

    [JsonRequired]
    public T Data { get; init; } = default!;
}

/// <summary>A paged list (<c>ExstreamPageResponse</c>): the envelope plus <c>page</c>.</summary>
internal sealed class ExstreamPagedEnvelope<T>
{
    public string? Status { get; init; }

    public string? Details { get; init; }

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

/// <summary>
/// The answer of the on-demand generate and fulfil routes: <c>OrchestrationDataListResponse</c> on success
/// (<c>data</c> = outputs) and <c>OrchestrationErrorResonse</c> on an engine failure (<c>status</c> "error",
/// <c>data</c> = errors), one type so one read sees both.
/// </summary>
internal sealed class OrchestrationEnvelope
{
    public string? Status { get; init; }

    public string? Details { get; init; }

    public List<OrchestrationItem>? Data { get; init; }
}

/// <summary>One item of <see cref="OrchestrationEnvelope.Data"/>: an output (<c>OrchestrationResponseData</c>) or an error (<c>OrchestrationErrorData</c>).</summary>
internal sealed class OrchestrationItem
{
    public string? Content { get; init; }

    public string? MimeType { get; init; }

    public EngineOutputContext? EngineOutputContext { get; init; }

    public string? ErrorMessage { get; init; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? StatusCode { get; init; }
}

/// <summary>
/// The Empower "document id only" answer (<c>EmpowerOutputChannelContent</c>): <c>{ "documentId": … }</c>, and the
/// envelope fields, for a service that answers with the full response or an engine error instead.
/// </summary>
internal sealed class EmpowerDocumentAnswer
{
    public string? DocumentId { get; init; }

    public string? Status { get; init; }

    public List<OrchestrationItem>? Data { get; init; }
}

/// <summary>The fulfilment body (<c>EmpowerFulfillmentRequestBody</c>): <c>{ "documents": [ids] }</c>.</summary>
internal sealed class FulfillmentBody
{
    public required List<string> Documents { get; init; }
}

/// <summary>The body sent to register a callback (assumed).</summary>
internal sealed class CallbackRegistrationBody
{
    public required string Url { get; init; }

    public required string Secret { get; init; }

    public required List<string> EventTypes { get; init; }
}
