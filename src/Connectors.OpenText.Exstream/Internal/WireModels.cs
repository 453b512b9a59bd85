using System.Text.Json.Serialization;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>The envelope (<c>ExstreamDataResponse</c> in OpenText's SDK): <c>{ "status": "success", "details", "data": … }</c>.</summary>
internal sealed class ExstreamEnvelope<T>
{
    public string? Status { get; set; }

    public string? Details { get; set; }

    [JsonRequired]
    public T Data { get; set; } = default!;
}

/// <summary>A paged list (<c>ExstreamPageResponse</c>): the envelope plus <c>page</c>.</summary>
internal sealed class ExstreamPagedEnvelope<T>
{
    public string? Status { get; set; }

    public string? Details { get; set; }

    [JsonRequired]
    public List<T> Data { get; set; } = [];

    public ExstreamPageInfo? Page { get; set; }
}

/// <summary>Paging information (<c>SimplePage</c> in OpenText's SDK).</summary>
internal sealed class ExstreamPageInfo
{
    public int PageSize { get; set; }

    public long PageOffset { get; set; }

    public long TotalElements { get; set; }

    public int TotalPages { get; set; }

    public int CurrentPageNumber { get; set; }
}

/// <summary>
/// The answer of the on-demand generate and fulfil routes: <c>OrchestrationDataListResponse</c> on success
/// (<c>data</c> = outputs) and <c>OrchestrationErrorResonse</c> on an engine failure (<c>status</c> "error",
/// <c>data</c> = errors), one type so one read sees both.
/// </summary>
internal sealed class OrchestrationEnvelope
{
    public string? Status { get; set; }

    public string? Details { get; set; }

    public List<OrchestrationItem>? Data { get; set; }
}

/// <summary>One item of <see cref="OrchestrationEnvelope.Data"/>: an output (<c>OrchestrationResponseData</c>) or an error (<c>OrchestrationErrorData</c>).</summary>
internal sealed class OrchestrationItem
{
    public string? Content { get; set; }

    public string? MimeType { get; set; }

    public EngineOutputContext? EngineOutputContext { get; set; }

    public string? ErrorMessage { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? StatusCode { get; set; }
}

/// <summary>
/// The Empower "document id only" answer (<c>EmpowerOutputChannelContent</c>): <c>{ "documentId": … }</c>, and the
/// envelope fields, for a service that answers with the full response or an engine error instead.
/// </summary>
internal sealed class EmpowerDocumentAnswer
{
    public string? DocumentId { get; set; }

    public string? Status { get; set; }

    public List<OrchestrationItem>? Data { get; set; }
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
