namespace Connectors.OpenText.Exstream;

/// <summary>How <see cref="JobService.WaitForCompletionAsync"/> polls: exponential backoff up to a timeout.</summary>
public sealed class JobWaitOptions
{
    /// <summary>How long to wait in total before giving up. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The first pause between polls. Default 1 second.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause between polls. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How much each pause grows. Default 2.</summary>
    public double BackoffFactor { get; init; } = 2;
}
