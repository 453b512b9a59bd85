using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Lists and downloads the documents a batch job produced. Every route here is <b>assumed</b> (OpenText publishes no
/// output listing or download; see <c>AssumedRoutes</c> and docs/api/exstream.md).
/// </summary>
public class OutputService
{
    private readonly ApiConnection _api;
    private readonly string _domain;

    internal OutputService(ApiConnection api, string domain)
    {
        _api = api;
        _domain = domain;
    }

    /// <summary>For mocking.</summary>
    protected OutputService()
    {
        _api = null!;
        _domain = null!;
    }

    /// <summary>Lists a job's outputs (metadata only).</summary>
    /// <param name="jobId">The job id.</param>
    /// <remarks>Assumed route (<c>GET orchestration/api/v1/jobs/{domain}/{jobId}/outputs</c>, AssumedRoutes, docs/api/exstream.md): OpenText publishes no output listing; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<JobOutput> ListAsync(string jobId)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(AssumedRoutes.JobOutputs(_domain, jobId)),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeJobOutput,
            50);
    }

    /// <summary>Downloads one output as a stream; dispose the result when done.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="outputId">The output id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (<c>GET orchestration/api/v1/jobs/{domain}/{jobId}/outputs/{outputId}/content</c>, AssumedRoutes, docs/api/exstream.md): OpenText publishes no output download; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual async Task<OutputDownload> DownloadAsync(string jobId, string outputId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentException.ThrowIfNullOrEmpty(outputId);
        var response = await _api.SendForStreamAsync(ApiRequest.Get(AssumedRoutes.OutputContent(_domain, jobId, outputId)), cancellationToken).ConfigureAwait(false);
        return new OutputDownload(response);
    }
}
