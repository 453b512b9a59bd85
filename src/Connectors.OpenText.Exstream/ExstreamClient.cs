using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// The OpenText Exstream (Core Communications) client: communications (on-demand and batch), jobs, outputs,
/// delivery events and callbacks. Immutable and thread-safe; register it with <c>services.AddExstream(…)</c>.
/// </summary>
public class ExstreamClient : ConnectorClient
{
    /// <summary>The system name used in errors, logs and telemetry.</summary>
    public const string SystemName = "OpenText.Exstream";

    /// <summary>Creates a client over an <see cref="HttpClient"/> that already authenticates (its base address is the Core Communications URL).</summary>
    /// <param name="httpClient">The HTTP client; in DI it carries the OAuth, resilience and telemetry handlers.</param>
    /// <param name="options">The options.</param>
    /// <param name="timeProvider">The clock for job polling; <see cref="TimeProvider.System"/> when null.</param>
    public ExstreamClient(HttpClient httpClient, ExstreamClientOptions options, TimeProvider? timeProvider = null)
        : base(new ApiConnection(httpClient, new ApiConnectionOptions(SystemName, ExstreamErrorParser.Parse)))
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid Exstream options: " + string.Join(" ", errors), nameof(options));
        }

        var api = Connection;
        var time = timeProvider ?? TimeProvider.System;
        Domain = options.Domain;
        Communications = new CommunicationService(api, options.Domain);
        Jobs = new JobService(api, options.Domain, time);
        Outputs = new OutputService(api, options.Domain);
        DeliveryEvents = new DeliveryEventService(api, options.Domain);
        Callbacks = new CallbackService(api, options.Domain);
    }

    /// <summary>For mocking.</summary>
    protected ExstreamClient()
    {
        Domain = string.Empty;
        Communications = null!;
        Jobs = null!;
        Outputs = null!;
        DeliveryEvents = null!;
        Callbacks = null!;
    }

    /// <summary>The domain this client works in.</summary>
    public virtual string Domain { get; }

    /// <summary>On-demand documents, batch jobs and re-issues.</summary>
    public virtual CommunicationService Communications { get; }

    /// <summary>Job status and waiting for completion.</summary>
    public virtual JobService Jobs { get; }

    /// <summary>Listing and downloading generated documents.</summary>
    public virtual OutputService Outputs { get; }

    /// <summary>Polling delivery and job events.</summary>
    public virtual DeliveryEventService DeliveryEvents { get; }

    /// <summary>Registering callback URLs.</summary>
    public virtual CallbackService Callbacks { get; }
}
