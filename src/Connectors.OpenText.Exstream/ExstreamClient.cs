using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// The OpenText Exstream (Core Communications) client. Documented by OpenText's <c>ocp-communication</c> collection and
/// Java SDK: on-demand generation and Empower fulfilment (<see cref="Communications"/>) and the design API reads that
/// find a communication and its driver data source (<see cref="Design"/>). Assumed (OpenText publishes nothing; the
/// routes are in one table, docs/api/exstream.md): batch <see cref="Jobs"/>, their <see cref="Outputs"/>,
/// <see cref="DeliveryEvents"/> and <see cref="Callbacks"/>. Any route, modelled or not, can be called through
/// <see cref="ConnectorClient.SendAsync(ApiRequest, CancellationToken)"/>. Immutable and thread-safe; register it with
/// <c>services.AddExstream(…)</c>, which signs in with the tenant token of the region's identity host.
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
        Domain = options.Domain;
        Communications = new CommunicationService(api, options.Domain);
        Design = new DesignService(api, options.Domain, options.PageSize);
        Jobs = new JobService(api, options.Domain, timeProvider ?? TimeProvider.System);
        Outputs = new OutputService(api, options.Domain);
        DeliveryEvents = new DeliveryEventService(api, options.Domain);
        Callbacks = new CallbackService(api, options.Domain);
    }

    /// <summary>For mocking.</summary>
    protected ExstreamClient()
    {
        Domain = string.Empty;
        Communications = null!;
        Design = null!;
        Jobs = null!;
        Outputs = null!;
        DeliveryEvents = null!;
        Callbacks = null!;
    }

    /// <summary>The domain this client works in.</summary>
    public virtual string Domain { get; }

    /// <summary>On-demand documents, Empower documents and their fulfilment (documented).</summary>
    public virtual CommunicationService Communications { get; }

    /// <summary>Domains, communications and other resources, links and communication-set manifests (documented).</summary>
    public virtual DesignService Design { get; }

    /// <summary>Batch jobs: submit, re-issue, status and waiting for completion (assumed routes).</summary>
    public virtual JobService Jobs { get; }

    /// <summary>Listing and downloading the documents of a batch job (assumed routes).</summary>
    public virtual OutputService Outputs { get; }

    /// <summary>Polling delivery and job events (assumed route).</summary>
    public virtual DeliveryEventService DeliveryEvents { get; }

    /// <summary>Registering callback URLs (assumed routes).</summary>
    public virtual CallbackService Callbacks { get; }
}
