using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;

namespace Connectors.Emulators.Exstream;

/// <summary>
/// Emulates OpenText Exstream (Core Communications). Published by OpenText and served as published: on-demand
/// generation (every output, the PDF alone, an Empower document's id), Empower fulfilment, the engine error shape, the
/// design API reads (domains, resources with filters and 0-based page offset, links, communication-set manifests) and
/// writes (import, workflow state, content, new sample file) over the resources of OpenText's own export packages. Assumed (OpenText publishes nothing): batch jobs that move
/// queued → processing → completed/failed as time passes, their outputs, delivery events with a configurable share of
/// failures, signed callbacks and a poll endpoint. Every request is authorised by the shared identity emulator. The
/// contract is docs/api/exstream.md.
/// </summary>
public sealed partial class ExstreamEmulator : IAsyncDisposable
{
    /// <summary>The domain seeded at start.</summary>
    public const string DefaultDomain = "claims";

    /// <summary>The domain OpenText's collection environment names (<c>exstream_domain</c>); seeded too.</summary>
    public const string SampleDomain = "Testdomain";

    /// <summary>OpenText's sample communication "Claim Acknowledgement" (PDF queue, driver data source <c>Driver</c>).</summary>
    public const string ClaimAcknowledgement = "e0421aa8-c1ce-41d9-a10a-cb830ebd4beb";

    /// <summary>OpenText's sample communication "Claim Estimate Letter" (Empower queue, driver data source <c>ClaimEstimateDriver</c>).</summary>
    public const string ClaimEstimateLetter = "243611df-7f67-4816-b1c7-5f6617d5afa1";

    /// <summary>OpenText's sample fulfilment communication "EmpowerFulfillment" (PDF queue, driver data source <c>EmpowerFulfillmentDriver</c>).</summary>
    public const string EmpowerFulfillment = "21f9a9fe-b363-4f32-8303-6a8bf5f7009e";

    /// <summary>The Empower user accepted by default: the <c>tenant_user_id</c> of OpenText's collection environment.</summary>
    public const string DefaultEmpowerUser = "tenantadminusername";

    /// <summary>A seeded communication (approval letter, driver data source <c>Driver</c>).</summary>
    public const string ApprovalLetter = "approval-letter";

    /// <summary>A seeded communication (settlement / dispute letter).</summary>
    public const string SettlementLetter = "settlement-letter";

    /// <summary>A seeded communication (regulatory notice).</summary>
    public const string RegulatoryNotice = "regulatory-notice";

    /// <summary>The largest request body accepted (1 MB); larger bodies get 413.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly OpenTextIdentityEmulator _identity;
    private readonly string _tenantId;
    private readonly List<EmulatedJob> _jobs = [];
    private readonly Dictionary<string, string> _idempotencyKeys = new(StringComparer.Ordinal);
    private readonly List<EmulatedEvent> _events = [];
    private readonly Dictionary<string, CallbackSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly List<CallbackAttempt> _attempts = [];
    private readonly Dictionary<string, int> _subscriptionStarts = new(StringComparer.Ordinal);
    private readonly Queue<(JobFate Fate, string? Code, string? Message)> _nextFates = new();
    private readonly Dictionary<string, ExstreamDeliveryOutcome> _outcomes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _domains = new(StringComparer.Ordinal) { DefaultDomain, SampleDomain };
    private readonly DesignAssets _design = new();
    private readonly Dictionary<string, EmpowerDocumentRecord> _empowerDocuments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _empowerUsers = new(StringComparer.Ordinal) { DefaultEmpowerUser };
    private readonly Queue<(string Message, string StatusCode)> _nextOnDemandFailures = new();

    private readonly SemaphoreSlim _pumpLock = new(1, 1);
    private readonly HttpClient _callbackClient;
    private EmulatorHost? _host;
    private ITimer? _timer;
    private Random _random = new(42);

    private ExstreamEmulator(OpenTextIdentityEmulator identity, string tenantId, TimeProvider time, HttpMessageHandler? callbackHandler)
    {
        _identity = identity;
        _tenantId = tenantId;
        Time = time;
        _callbackClient = callbackHandler is null ? new HttpClient() : new HttpClient(callbackHandler, disposeHandler: false);
        _callbackClient.Timeout = TimeSpan.FromSeconds(10);
        foreach (var communication in new[] { ApprovalLetter, SettlementLetter, RegulatoryNotice })
        {
            _design.AddCommunication(communication, communication, "Driver", "PDF", time.GetUtcNow());
        }
    }

    /// <summary>The root address (the Core Communications URL); the API lives under <c>orchestration/api/v1/</c>.</summary>
    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The Exstream emulator is not started.");

    /// <summary>Faults to inject into the next matching requests.</summary>
    public FaultInjector Faults => _host?.Faults ?? throw new InvalidOperationException("The Exstream emulator is not started.");

    /// <summary>The clock that moves jobs along; a fake clock makes tests instant.</summary>
    public TimeProvider Time { get; }

    /// <summary>How long a job stays queued. Default 1 s.</summary>
    public TimeSpan QueueTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a job processes. Default 2 s.</summary>
    public TimeSpan ProcessingTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long after completion the delivery event is raised. Default 5 s.</summary>
    public TimeSpan DeliveryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The share (0..1) of deliveries that fail (bounced, invalid address or returned mail). Default 0.</summary>
    public double DeliveryFailureRate { get; set; }

    /// <summary>How many times a callback is tried before the emulator gives up (the poll endpoint still has the event).</summary>
    public int MaxCallbackAttempts { get; set; } = 3;

    /// <summary>Every job, in submission order.</summary>
    public IReadOnlyList<EmulatedJob> Jobs
    {
        get
        {
            lock (_gate)
            {
                return [.. _jobs];
            }
        }
    }

    /// <summary>Every event raised so far, in order.</summary>
    public IReadOnlyList<EmulatedEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Every resource version in the design store (a copy), for assertions.</summary>
    public IReadOnlyList<JsonObject> DesignResources
    {
        get
        {
            lock (_gate)
            {
                return [.. _design.Resources.Select(r => r.DeepClone().AsObject())];
            }
        }
    }

    /// <summary>The Empower documents generated and not yet removed by a fulfilment, by id.</summary>
    public IReadOnlyDictionary<string, EmpowerDocumentRecord> EmpowerDocuments
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, EmpowerDocumentRecord>(_empowerDocuments, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Every callback attempt so far.</summary>
    public IReadOnlyList<CallbackAttempt> CallbackAttempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    /// <summary>Starts an emulator on loopback that authorises requests with <paramref name="identity"/>.</summary>
    /// <param name="identity">The running identity emulator.</param>
    /// <param name="tenantId">The tenant whose tokens are accepted.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="callbackHandler">An optional handler for outgoing callbacks (tests); a plain HTTP client when null.</param>
    /// <param name="port">The port to bind; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<ExstreamEmulator> StartAsync(
        OpenTextIdentityEmulator identity,
        string tenantId = OpenTextIdentityEmulator.DefaultTenant,
        TimeProvider? time = null,
        HttpMessageHandler? callbackHandler = null,
        int port = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var emulator = new ExstreamEmulator(identity, tenantId, time ?? TimeProvider.System, callbackHandler);
        emulator._host = await EmulatorHost.StartAsync("Exstream", emulator.Map, port, cancellationToken).ConfigureAwait(false);
        emulator._timer = emulator.Time.CreateTimer(_ => _ = emulator.PumpInBackgroundAsync(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        return emulator;
    }

    /// <summary>Adds a domain.</summary>
    /// <param name="domain">The domain id.</param>
    public void AddDomain(string domain)
    {
        lock (_gate)
        {
            _domains.Add(domain);
        }
    }

    /// <summary>
    /// Adds a communication to the design store (an <c>exstrapplication</c> with its own communication set, driver data
    /// source and output queue), so on-demand generation, the design reads and (assumed) jobs may name it.
    /// </summary>
    /// <param name="communicationId">The communication id.</param>
    /// <param name="driverDataSource">Its driver data source name (the manifest's <c>prodDsn</c>).</param>
    /// <param name="queueDriver">Its output queue's driver: <c>PDF</c> or <c>Empower</c>.</param>
    public void AddCommunication(string communicationId, string driverDataSource = "Driver", string queueDriver = "PDF")
    {
        lock (_gate)
        {
            _design.AddCommunication(communicationId, communicationId, driverDataSource, queueDriver, Time.GetUtcNow());
        }
    }

    /// <summary>Adds an Empower user allowed to import documents (<c>empowerUser</c>); others get the engine's status 401.</summary>
    /// <param name="user">The user name.</param>
    public void AddEmpowerUser(string user)
    {
        lock (_gate)
        {
            _empowerUsers.Add(user);
        }
    }

    /// <summary>Makes the next <paramref name="count"/> on-demand calls (generate or fulfil) fail in the engine with the published error shape.</summary>
    /// <param name="count">How many calls.</param>
    /// <param name="message">The engine's <c>errorMessage</c>.</param>
    /// <param name="statusCode">The engine's <c>statusCode</c>; 4xx answers HTTP 400, anything else HTTP 500.</param>
    public void FailNextOnDemand(int count = 1, string message = "The driver data could not be mapped to the communication.", string statusCode = "400")
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _nextOnDemandFailures.Enqueue((message, statusCode));
            }
        }
    }

    /// <summary>Makes the next <paramref name="count"/> submitted jobs fail during processing.</summary>
    /// <param name="count">How many jobs.</param>
    /// <param name="code">The engine error code reported.</param>
    /// <param name="message">The engine error message reported.</param>
    public void FailNextJobs(int count = 1, string code = "ENGINE_DATA_ERROR", string message = "Driver data did not match the communication's data source.")
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _nextFates.Enqueue((JobFate.Fail, code, message));
            }
        }
    }

    /// <summary>Makes the next <paramref name="count"/> submitted jobs stay in <c>processing</c> forever.</summary>
    /// <param name="count">How many jobs.</param>
    public void StallNextJobs(int count = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _nextFates.Enqueue((JobFate.Stall, null, null));
            }
        }
    }

    /// <summary>Fixes the delivery outcome for a recipient (matched on recipient id, email or phone).</summary>
    /// <param name="recipientKey">The recipient id, email address or phone number.</param>
    /// <param name="outcome">What happens when a communication is delivered to it.</param>
    public void SetDeliveryOutcome(string recipientKey, ExstreamDeliveryOutcome outcome)
    {
        lock (_gate)
        {
            _outcomes[recipientKey] = outcome;
        }
    }

    /// <summary>Reseeds the random source behind <see cref="DeliveryFailureRate"/>, for repeatable runs.</summary>
    /// <param name="seed">The seed.</param>
    public void Seed(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed);
        }
    }

    /// <summary>
    /// Moves every job to the state its age calls for, raises due events and posts pending callbacks.
    /// Runs on a timer too; tests await it after advancing a fake clock.
    /// </summary>
    /// <param name="cancellationToken">Cancels the callback posts.</param>
    /// <returns>How many callbacks were posted.</returns>
    public async Task<int> PumpAsync(CancellationToken cancellationToken = default)
    {
        await _pumpLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Advance();
            return await DeliverCallbacksAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pumpLock.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }

        await _pumpLock.WaitAsync().ConfigureAwait(false);
        try
        {
            _callbackClient.Dispose();
        }
        finally
        {
            _pumpLock.Release();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }

        _pumpLock.Dispose();
    }

    private async Task PumpInBackgroundAsync()
    {
        try
        {
            await PumpAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The timer fired while the emulator was shutting down.
        }
    }

    private void Advance()
    {
        var now = Time.GetUtcNow();
        lock (_gate)
        {
            foreach (var job in _jobs)
            {
                AdvanceJob(job, now);
            }
        }
    }

    private void AdvanceJob(EmulatedJob job, DateTimeOffset now)
    {
        if (job.State == "queued" && now >= job.SubmittedAt + QueueTime)
        {
            job.State = "processing";
            job.StartedAt = job.SubmittedAt + QueueTime;
        }

        if (job.State == "processing" && job.Fate != JobFate.Stall && now >= job.StartedAt + ProcessingTime)
        {
            var completedAt = job.StartedAt!.Value + ProcessingTime;
            job.CompletedAt = completedAt;
            if (job.Fate == JobFate.Fail)
            {
                job.State = "failed";
            }
            else
            {
                job.State = "completed";
                job.OutputList.Add(Render(job, completedAt));
            }
        }

        if (job.State is "completed" or "failed" && !job.CompletionEventRaised)
        {
            job.CompletionEventRaised = true;
            RaiseEvent(job, job.State == "completed" ? "job.completed" : "job.failed", job.CompletedAt!.Value, null);
        }

        if (job.State == "completed" && !job.DeliveryEventRaised && job.Channel != "archive"
            && now >= job.CompletedAt + DeliveryDelay)
        {
            job.DeliveryEventRaised = true;
            var outcome = DecideOutcome(job);
            var (type, reason) = outcome switch
            {
                ExstreamDeliveryOutcome.Bounced => ("delivery.failed", ("bounced", "550 5.1.1 The recipient's mailbox rejected the message.")),
                ExstreamDeliveryOutcome.InvalidAddress => ("delivery.invalid_address", ("invalid_address", "The recipient address is not valid or does not exist.")),
                ExstreamDeliveryOutcome.ReturnedMail => ("delivery.returned_mail", ("returned_mail", "Returned to sender: addressee unknown.")),
                _ => ("delivery.delivered", default((string, string)?)),
            };
            RaiseEvent(job, type, job.CompletedAt!.Value + DeliveryDelay, reason);
        }
    }

    private ExstreamDeliveryOutcome DecideOutcome(EmulatedJob job)
    {
        foreach (var key in new[] { "id", "email", "phone" })
        {
            var value = job.Recipient[key]?.GetValue<string>();
            if (value is not null && _outcomes.TryGetValue(value, out var fixedOutcome))
            {
                return fixedOutcome;
            }
        }

        if (_random.NextDouble() >= DeliveryFailureRate)
        {
            return ExstreamDeliveryOutcome.Delivered;
        }

        var coin = _random.Next(2) == 0;
        return job.Channel switch
        {
            "print" => coin ? ExstreamDeliveryOutcome.ReturnedMail : ExstreamDeliveryOutcome.InvalidAddress,
            _ => coin ? ExstreamDeliveryOutcome.Bounced : ExstreamDeliveryOutcome.InvalidAddress,
        };
    }

    private void RaiseEvent(EmulatedJob job, string type, DateTimeOffset occurredAt, (string Code, string Message)? reason)
    {
        var sequence = _events.Count(e => e.Domain == job.Domain) + 1;
        var body = new JsonObject
        {
            ["eventId"] = $"evt-{job.Domain}-{sequence:D6}",
            ["sequence"] = sequence,
            ["type"] = type,
            ["occurredAt"] = Iso(occurredAt),
            ["domain"] = job.Domain,
            ["jobId"] = job.Id,
            ["correlationId"] = job.CorrelationId,
            ["communicationId"] = job.CommunicationId,
            ["channel"] = job.Channel,
            ["recipient"] = job.Recipient.DeepClone(),
        };
        if (reason is { } r)
        {
            body["reason"] = new JsonObject { ["code"] = r.Code, ["message"] = r.Message };
        }

        if (type == "job.failed")
        {
            body["reason"] = new JsonObject { ["code"] = job.ErrorCode, ["message"] = job.ErrorMessage };
        }

        _events.Add(new EmulatedEvent(sequence, job.Domain, body));
    }

    private static EmulatedOutput Render(EmulatedJob job, DateTimeOffset at)
    {
        var name = job.Recipient["name"]?.GetValue<string>() ?? "Customer";
        var stem = $"{job.CommunicationId}-{job.Id[..8]}";
        if (job.Channel == "sms")
        {
            var text = $"Dear {name}, your {job.CommunicationId} is ready. Reference {job.Id}.";
            return new EmulatedOutput("out-1", stem + ".txt", "text/plain", Encoding.UTF8.GetBytes(text), "SMS", at);
        }

        var lines = new List<string>
        {
            $"Communication: {job.CommunicationId}",
            $"Dear {name},",
            $"Job {job.Id}, revision {job.Revision}",
        };
        if (job.RevisionOf is { } original)
        {
            lines.Add($"This letter replaces the communication issued in job {original}.");
        }

        lines.Add($"Generated {Iso(at)}");
        return new EmulatedOutput("out-1", stem + ".pdf", "application/pdf", MinimalPdf.Render(lines), job.Channel.ToUpperInvariant(), at);
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
