using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>Lists and downloads the documents a job produced.</summary>
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
    public virtual AsyncPageable<JobOutput> ListAsync(string jobId)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(ExstreamRoutes.JobOutputs(_domain, jobId)),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeJobOutput);
    }

    /// <summary>Downloads one output as a stream; dispose the result when done.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="outputId">The output id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OutputDownload> DownloadAsync(string jobId, string outputId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentException.ThrowIfNullOrEmpty(outputId);
        var response = await _api.SendForStreamAsync(ApiRequest.Get(ExstreamRoutes.OutputContent(_domain, jobId, outputId)), cancellationToken).ConfigureAwait(false);
        return new OutputDownload(response);
    }
}
