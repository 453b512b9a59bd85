using Connectors.Core;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// A job did not finish within <see cref="JobWaitOptions.Timeout"/>. Nothing is lost: the job keeps running
/// and <see cref="JobId"/> lets the caller wait again, poll later or react to its completion event.
/// </summary>
public class ExstreamJobTimeoutException : ConnectorTimeoutException
{
    /// <summary>Creates the error.</summary>
    /// <param name="system">The system.</param>
    /// <param name="jobId">The job that is still running.</param>
    /// <param name="lastKnownJob">The job as last seen, if any poll succeeded.</param>
    /// <param name="waited">How long the caller waited.</param>
    public ExstreamJobTimeoutException(string system, string jobId, CommunicationJob? lastKnownJob, TimeSpan waited)
        : base(system, $"Exstream job {jobId} did not finish within {waited.TotalSeconds:0.###} s (last state: {lastKnownJob?.State.Value ?? "unknown"}); it is still running and can be awaited again.")
    {
        JobId = jobId;
        LastKnownJob = lastKnownJob;
        Waited = waited;
        IsTransient = true;
    }

    /// <summary>The job that is still running.</summary>
    public string JobId { get; }

    /// <summary>The job as last seen, or null when no poll succeeded.</summary>
    public CommunicationJob? LastKnownJob { get; }

    /// <summary>How long the caller waited.</summary>
    public TimeSpan Waited { get; }
}
