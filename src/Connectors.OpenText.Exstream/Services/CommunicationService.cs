using System.Net.Http.Headers;
using System.Text.Json;
using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>Produces communications: synchronous on-demand documents, batch jobs, and re-issues of earlier ones.</summary>
public class CommunicationService
{
    private readonly ApiConnection _api;
    private readonly string _domain;

    internal CommunicationService(ApiConnection api, string domain)
    {
        _api = api;
        _domain = domain;
    }

    /// <summary>For mocking.</summary>
    protected CommunicationService()
    {
        _api = null!;
        _domain = null!;
    }

    /// <summary>
    /// Submits a batch communication job. The submission carries an idempotency key (yours, or a random one fixed
    /// before the first attempt), so a retry after a lost response returns the same job instead of a second letter.
    /// </summary>
    /// <param name="request">What to send, to whom, on which channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accepted job, usually <see cref="JobState.Queued"/>.</returns>
    public virtual async Task<Response<CommunicationJob>> SubmitAsync(CommunicationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = ApiRequest.Post(ExstreamRoutes.Jobs(_domain))
            .WithHeader("Idempotency-Key", request.IdempotencyKey ?? Guid.NewGuid().ToString("N"))
            .WithJson(request, ExstreamJsonContext.Default.CommunicationRequest)
            .WithCorrelationId(request.CorrelationId)
            .MarkIdempotent();

        var response = await _api.SendAsync(call, ExstreamJsonContext.Default.ExstreamEnvelopeCommunicationJob, cancellationToken).ConfigureAwait(false);
        return Envelopes.Unwrap(response, _api.System);
    }

    /// <summary>
    /// Re-issues a communication: submits <paramref name="request"/> as a revision of the job
    /// <paramref name="originalJobId"/>, so the new document and its job reference the original. When the request
    /// carries an idempotency key, the re-issue uses that key suffixed with the original job id, so re-issuing with
    /// the original's request never returns the original job, while a retried re-issue still yields one job.
    /// </summary>
    /// <param name="originalJobId">The job whose communication is being revised.</param>
    /// <param name="request">The revised communication.</param>
    /// <param name="reason">Why it is re-issued (e.g. "outcome changed").</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<CommunicationJob>> ReissueAsync(string originalJobId, CommunicationRequest request, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(originalJobId);
        ArgumentNullException.ThrowIfNull(request);
        return SubmitAsync(
            new CommunicationRequest
            {
                CommunicationId = request.CommunicationId,
                DriverDataSource = request.DriverDataSource,
                Channel = request.Channel,
                Recipient = request.Recipient,
                Data = request.Data,
                CorrelationId = request.CorrelationId,
                // The original's key would hand back the original job; derive one per revision instead.
                IdempotencyKey = request.IdempotencyKey is null ? null : $"{request.IdempotencyKey}:revision-of:{originalJobId}",
                RevisionOf = originalJobId,
                RevisionReason = reason ?? request.RevisionReason,
            },
            cancellationToken);
    }

    /// <summary>Generates documents synchronously (on-demand) and returns every output with its bytes.</summary>
    /// <param name="request">The communication, its driver data source and the driver data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<IReadOnlyList<GeneratedDocument>>> GenerateAsync(OnDemandRequest request, CancellationToken cancellationToken = default)
    {
        var call = OnDemand(request).WithHeader("Accept", "application/json");
        var response = await _api.SendAsync(call, ExstreamJsonContext.Default.ExstreamEnvelopeListOrchestrationOutput, cancellationToken).ConfigureAwait(false);
        var outputs = Envelopes.Unwrap(response, _api.System);
        var documents = new List<GeneratedDocument>(outputs.Value.Count);
        foreach (var output in outputs.Value)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(output.Content ?? string.Empty);
            }
            catch (FormatException ex)
            {
                throw new ConnectorSerializationException(_api.System, "An on-demand output's content is not valid base64.", ex)
                {
                    Status = outputs.GetRawResponse().Status,
                    RequestId = outputs.GetRawResponse().RequestId,
                };
            }

            documents.Add(new GeneratedDocument(bytes, output.MimeType ?? "application/octet-stream", output.EngineOutputContext));
        }

        return new Response<IReadOnlyList<GeneratedDocument>>(documents, outputs.GetRawResponse());
    }

    /// <summary>Generates a PDF synchronously (on-demand, <c>Accept: application/pdf</c>) and streams it back.</summary>
    /// <param name="request">The communication, its driver data source and the driver data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OutputDownload> GeneratePdfAsync(OnDemandRequest request, CancellationToken cancellationToken = default)
    {
        var call = OnDemand(request).WithHeader("Accept", "application/pdf");
        return new OutputDownload(await _api.SendForStreamAsync(call, cancellationToken).ConfigureAwait(false));
    }

    private ApiRequest OnDemand(OnDemandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = JsonSerializer.SerializeToUtf8Bytes(request.Data, ExstreamJsonContext.Default.JsonNode);
        var call = ApiRequest.Post(ExstreamRoutes.OnDemandGenerate(_domain))
            .WithHeader("communicationId", request.CommunicationId)
            .WithHeader("driverDataSource", request.DriverDataSource)
            .WithContent(() =>
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                return content;
            });
        if (request.EmpowerUser is null)
        {
            // Rendering without Empower has no side effect, so a retry cannot duplicate anything.
            call.MarkIdempotent();
        }
        else
        {
            call.WithHeader("empowerUser", request.EmpowerUser);
        }

        return call;
    }
}
