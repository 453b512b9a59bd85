using Connectors.Core.Webhooks;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Connectors.Emulators.Exstream;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.OpenText;
using Connectors.OpenText.Exstream;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Docs.Tests.Clients;

/// <summary>The snippets of docs/exstream.md, run against the loopback identity and Exstream emulators.</summary>
[Collection(ConsoleOutput.Collection)]
public sealed class ExstreamDocsTests
{
    [Fact]
    public async Task Register_snippet_registers_a_client_for_the_domain()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Exstream:ClientSecret"] = "from-a-vault" })
            .Build();

        // begin-snippet: exstream-register
        services.AddExstream(o =>
        {
            o.Region = OpenTextRegion.Us;   // API: https://communication.us.api.opentext.com/, token: https://us.api.opentext.com/tenants/{tenant}/oauth2/token
            o.TenantId = "tenant-1";
            o.ClientId = "connectors-client";
            o.ClientSecret = configuration["Exstream:ClientSecret"]!;
            o.Domain = "claims";
        });
        // or services.AddExstream(configuration.GetSection("Exstream"));
        // or services.AddExstream("claims-prod", …) and IConnectorClientFactory<ExstreamClient>.CreateClient("claims-prod")
        // end-snippet

        await using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<ExstreamClientOptions>>().Get(Options.DefaultName);
        Assert.Equal(("from-a-vault", new Uri("https://communication.us.api.opentext.com/")), (options.ClientSecret, options.GetBaseAddress()));
        Assert.Equal(new Uri("https://us.api.opentext.com/tenants/tenant-1/oauth2/token"), options.GetTokenEndpoint());
        Assert.Equal("claims", provider.GetRequiredService<ExstreamClient>().Domain);
    }

    [Fact]
    public async Task Send_a_letter_waits_for_the_job_and_files_its_pdf()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        emulator.QueueTime = emulator.ProcessingTime = TimeSpan.Zero;
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        var caseFile = new CaseFile();

        // begin-snippet: exstream-send-letter
        var job = (await exstream.Jobs.SubmitAsync(new CommunicationRequest
        {
            CommunicationId = "approval-letter",
            Channel = CommunicationChannel.Email,
            Recipient = new Recipient { Id = "cust-1", Name = "Ada Lovelace", Email = "ada@example.com" },
            Data = new JsonObject { ["caseId"] = "42", ["decision"] = "approved" },
            CorrelationId = "case-42",
            IdempotencyKey = "case-42:approval",      // same key → same job, never a second letter
        })).Value;

        try
        {
            var done = (await exstream.Jobs.WaitForCompletionAsync(job.JobId)).Value;
            if (done.State == JobState.Failed) { /* done.Error.Code, done.Error.Message */ }

            await foreach (var output in exstream.Outputs.ListAsync(done.JobId))
            {
                await using var file = await exstream.Outputs.DownloadAsync(done.JobId, output.OutputId);
                await caseFile.AttachAsync(output.FileName, file.ContentType, file.Content);   // streamed, not buffered
            }
        }
        catch (ExstreamJobTimeoutException timeout)
        {
            // Still running: pick it up later (job.completed event or another wait).
            Console.WriteLine($"Job {timeout.JobId} is still running");
        }
        // end-snippet

        var emulated = Assert.Single(emulator.Jobs);
        Assert.Equal((job.JobId, "completed"), (emulated.Id, emulated.State));
        var (fileName, contentType, content) = Assert.Single(caseFile.Files);
        var rendered = Assert.Single(emulated.Outputs);
        Assert.Equal((rendered.FileName, rendered.MimeType), (fileName, contentType));
        Assert.Equal(rendered.Content, content);
        Assert.Equal(job.JobId, (await exstream.Jobs.SubmitAsync(Letter("case-42:approval"))).Value.JobId);
    }

    [Fact]
    public async Task Discover_snippet_finds_a_communication_and_its_driver_data_source()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        var found = new List<(string?, string?)>();

        // begin-snippet: exstream-discover
        await foreach (var communication in exstream.Design.ListResourcesAsync(ResourceQuery.ApprovedCommunications))
        {
            CommunicationBinding binding = await exstream.Design.DescribeCommunicationAsync(communication.Id);
            // binding.DriverDataSource: the driverDataSource header; binding.HasEmpowerOutput: generate with an empowerUser
            found.Add((communication.Name, binding.DriverDataSource));
        }
        // end-snippet

        Assert.Contains(("Claim Acknowledgement", "Driver"), found);
        Assert.Contains(("Claim Estimate Letter", "ClaimEstimateDriver"), found);
        Assert.Equal(6, found.Count);
    }

    [Fact]
    public async Task On_demand_generates_documents_and_a_pdf_stream()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        var driverData = new JsonObject { ["claim"] = new JsonObject { ["claimNumber"] = "000-00-000203" }, ["policyDetails"] = new JsonObject { ["insuredName"] = "Allen Robertson" } };

        // begin-snippet: exstream-on-demand
        var request = new OnDemandRequest
        {
            CommunicationId = "e0421aa8-c1ce-41d9-a10a-cb830ebd4beb",   // "Claim Acknowledgement"
            DriverDataSource = "Driver",                                 // the set's prodDsn (DescribeCommunicationAsync)
            Data = driverData,                                           // sent as the JSON body as it is
        };
        IReadOnlyList<GeneratedDocument> docs = (await exstream.Communications.GenerateAsync(request)).Value; // every output, decoded
        await using var pdf = await exstream.Communications.GeneratePdfAsync(request);                        // Accept: application/pdf, streamed
        // end-snippet

        var document = Assert.Single(docs);
        Assert.Equal("application/pdf", document.MimeType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(document.Content.Span[..4]), StringComparison.Ordinal);
        using var streamed = new MemoryStream();
        await pdf.Content.CopyToAsync(streamed);
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(streamed.ToArray(), 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empower_snippet_generates_an_interactive_document_and_fulfils_it()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        emulator.AddEmpowerUser("empower-system-account");
        var driverData = new JsonObject { ["policyDetails"] = new JsonObject { ["insuredName"] = "Allen Robertson" } };

        // begin-snippet: exstream-empower
        var document = (await exstream.Communications.GenerateEmpowerDocumentAsync(new OnDemandRequest
        {
            CommunicationId = "243611df-7f67-4816-b1c7-5f6617d5afa1",  // "Claim Estimate Letter" (Empower queue)
            DriverDataSource = "ClaimEstimateDriver",
            Data = driverData,
            EmpowerUser = "empower-system-account",                       // a system account, not the end user
        })).Value;                                                        // {"documentId": …} only

        // … the user edits it in Empower (…/empower/resource/docedit/{document.DocumentId}/open) …

        await using var letter = await exstream.Communications.FulfillPdfAsync(new FulfillmentRequest
        {
            CommunicationId = "21f9a9fe-b363-4f32-8303-6a8bf5f7009e",  // "EmpowerFulfillment"
            DriverDataSource = "EmpowerFulfillmentDriver",
            DocumentIds = [document.DocumentId],
            PreserveDocuments = false,                                    // Empower drops the document afterwards
        });
        // end-snippet

        Assert.Equal("application/pdf", letter.ContentType);
        Assert.Empty(emulator.EmpowerDocuments);
    }

    [Fact]
    public async Task Engine_error_snippet_reads_the_engine_failures()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        emulator.FailNextOnDemand(message: "claimNumber is missing");
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        var request = new OnDemandRequest { CommunicationId = ExstreamEmulator.ClaimAcknowledgement, DriverDataSource = "Driver", Data = new JsonObject() };
        var failures = new List<string?>();

        // begin-snippet: exstream-engine-error
        try
        {
            await exstream.Communications.GenerateAsync(request);
        }
        catch (ExstreamEngineException ex)
        {
            // {"status":"error","data":[{"errorMessage","statusCode","engineOutputContext"}]}, typed:
            foreach (var failure in ex.EngineErrors)
            {
                failures.Add($"{failure.StatusCode} {failure.ErrorMessage} ({failure.EngineOutputContext?.QueueName})");
            }
            // ex.IsTransient: only when every engine status is a server/throttling one (5xx, 408, 429)
        }
        // end-snippet

        Assert.Equal(["400 claimNumber is missing (PDF Queue)"], failures);
    }

    [Fact]
    public async Task Reissue_submits_a_revision_that_references_the_original()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        var revisedLetter = Letter("case-42:approval");
        var original = (await exstream.Jobs.SubmitAsync(revisedLetter)).Value;

        // begin-snippet: exstream-reissue
        var revised = (await exstream.Jobs.ReissueAsync(original.JobId, revisedLetter, reason: "outcome changed")).Value;
        // revised.RevisionOf == original.JobId, revised.Revision == original.Revision + 1
        // a request key K becomes "K:revision-of:{original job id}", so the original's key never returns the original job
        // end-snippet

        Assert.NotEqual(original.JobId, revised.JobId);
        Assert.Equal((original.JobId, original.Revision + 1), (revised.RevisionOf, revised.Revision));
        var retried = (await exstream.Jobs.ReissueAsync(original.JobId, revisedLetter, reason: "outcome changed")).Value;
        Assert.Equal(revised.JobId, retried.JobId);
        Assert.Equal(2, emulator.Jobs.Count);
    }

    [Fact]
    public async Task Callback_snippets_register_and_verify_a_signed_delivery_failure()
    {
        var callbacks = new CapturedCallbacks();
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity, callbackHandler: callbacks);
        emulator.QueueTime = emulator.ProcessingTime = emulator.DeliveryDelay = TimeSpan.Zero;
        emulator.SetDeliveryOutcome("ada@example.com", ExstreamDeliveryOutcome.Bounced);
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        var webhookSecret = "whsec-0123456789abcdef";

        // begin-snippet: exstream-register-callback
        await exstream.Callbacks.RegisterAsync(new CallbackRegistration
        {
            Url = new Uri("https://integration.example.com/exstream/events"),
            Secret = webhookSecret,
            EventTypes = [ExstreamEventType.DeliveryFailed, ExstreamEventType.InvalidAddress, ExstreamEventType.ReturnedMail],
        });
        // end-snippet

        var job = (await exstream.Jobs.SubmitAsync(Letter("case-42:approval"))).Value;
        await emulator.PumpAsync();
        var (url, rawBody, signature) = Assert.Single(callbacks.Posts);
        var request = new DefaultHttpContext().Request;
        request.Headers[ExstreamWebhookReceiver.SignatureHeader] = signature;

        // begin-snippet: exstream-receive-callback
        var receiver = new ExstreamWebhookReceiver(webhookSecret /*, previousSecret during a rotation */);
        var receipt = receiver.Receive(new WebhookDelivery(rawBody, name => request.Headers[name]));
        // receipt.Rejection?.Kind: Unauthenticated → answer 401; Malformed → 400; TooLarge (> 256 KB) → 413
        ExstreamEvent evt = receipt.EnsureAccepted(); // or throw: ConnectorAuthenticationException / ConnectorSerializationException
        // end-snippet

        Assert.Equal(new Uri("https://integration.example.com/exstream/events"), url);
        Assert.Equal(ExstreamEventType.DeliveryFailed, evt.Type);
        Assert.Equal(("bounced", job.JobId), (evt.Reason?.Code, evt.JobId));
        Assert.Throws<Connectors.Core.ConnectorAuthenticationException>(() => new ExstreamWebhookReceiver("another-secret").Receive(new WebhookDelivery(rawBody, name => request.Headers[name])).EnsureAccepted());
    }

    [Fact]
    public async Task Poll_snippet_handles_every_event_after_the_checkpoint_once()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await ExstreamEmulator.StartAsync(identity);
        emulator.QueueTime = emulator.ProcessingTime = emulator.DeliveryDelay = TimeSpan.Zero;
        await using var services = ClientFor(identity, emulator);
        var exstream = services.GetRequiredService<ExstreamClient>();
        await exstream.Jobs.SubmitAsync(Letter("first"));
        await emulator.PumpAsync();
        long checkpoint = (await exstream.DeliveryEvents.ListAsync().ToListAsync())[^1].Sequence;
        await exstream.Jobs.SubmitAsync(Letter("second"));
        await emulator.PumpAsync();
        var handled = new List<ExstreamEvent>();
        Func<ExstreamEvent, Task> handle = e =>
        {
            handled.Add(e);
            return Task.CompletedTask;
        };

        // begin-snippet: exstream-poll
        await foreach (var e in exstream.DeliveryEvents.ListAsync(afterSequence: checkpoint))
        {
            await handle(e);
            checkpoint = e.Sequence;
        }
        // end-snippet

        var expected = emulator.Events.Skip(2).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected.Select(e => e.EventId), handled.Select(e => e.EventId));
        Assert.Equal(expected[^1].Sequence, checkpoint);
    }

    [Fact]
    public async Task Emulator_snippet_fails_stalls_and_faults_the_next_jobs()
    {
        // begin-snippet: exstream-emulator
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        var time = new FakeTimeProvider();
        await using var exstream = await ExstreamEmulator.StartAsync(identity, time: time);
        exstream.FailNextJobs();                                             // next job fails
        exstream.StallNextJobs();                                            // next job never finishes
        exstream.SetDeliveryOutcome("ada@example.com", ExstreamDeliveryOutcome.Bounced);
        exstream.DeliveryFailureRate = 0.1;                                  // 10 % of deliveries fail
        exstream.Faults.Add(Fault.Status(503), count: 2);                    // transport faults
        exstream.AddEmpowerUser("empower-system-account");                   // accepted as empowerUser
        exstream.FailNextOnDemand(message: "claimNumber is missing");        // next on-demand call: engine error (status 400)
        time.Advance(TimeSpan.FromSeconds(10)); await exstream.PumpAsync();  // move jobs on, raise events, post callbacks
        // end-snippet

        await using var services = ClientFor(identity, exstream);
        var client = services.GetRequiredService<ExstreamClient>();
        var failing = (await client.Jobs.SubmitAsync(Letter("fails"))).Value;   // rides out the two 503s
        var stalling = (await client.Jobs.SubmitAsync(Letter("stalls"))).Value;
        var delivered = (await client.Jobs.SubmitAsync(Letter("bounces"))).Value;
        time.Advance(TimeSpan.FromSeconds(10));
        await exstream.PumpAsync();

        Assert.Equal(["failed", "processing", "completed"], exstream.Jobs.Select(j => j.State));
        Assert.Equal([failing.JobId, stalling.JobId, delivered.JobId], exstream.Jobs.Select(j => j.Id));
        Assert.Contains(exstream.Events, e => e.Type == "delivery.failed" && e.Body["jobId"]?.GetValue<string>() == delivered.JobId);
    }

    private static CommunicationRequest Letter(string idempotencyKey) => new()
    {
        CommunicationId = ExstreamEmulator.ApprovalLetter,
        Channel = CommunicationChannel.Email,
        Recipient = new Recipient { Id = "cust-1", Name = "Ada Lovelace", Email = "ada@example.com" },
        Data = new JsonObject { ["caseId"] = "42", ["decision"] = "approved" },
        CorrelationId = "case-42",
        IdempotencyKey = idempotencyKey,
    };

    private static ServiceProvider ClientFor(OpenTextIdentityEmulator identity, ExstreamEmulator exstream)
    {
        var services = new ServiceCollection();
        services.AddExstream(o =>
        {
            o.BaseAddress = exstream.BaseAddress;
            o.AuthenticationBaseAddress = identity.BaseAddress;
            o.Resilience.MaxRetryAttempts = 2;
            o.TenantId = OpenTextIdentityEmulator.DefaultTenant;
            o.ClientId = OpenTextIdentityEmulator.DefaultClientId;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultClientSecret;
            o.Domain = ExstreamEmulator.DefaultDomain;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
        });
        return services.BuildServiceProvider();
    }

    /// <summary>The reader's own case file: here it keeps what was attached.</summary>
    private sealed class CaseFile
    {
        public List<(string? FileName, string? ContentType, byte[] Content)> Files { get; } = [];

        public async Task AttachAsync(string? fileName, string? contentType, Stream content)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            Files.Add((fileName, contentType, copy.ToArray()));
        }
    }

    /// <summary>Stands in for the integration's endpoint: the emulator's callbacks never leave the process.</summary>
    private sealed class CapturedCallbacks : HttpMessageHandler
    {
        public ConcurrentQueue<(Uri? Url, byte[] Body, string? Signature)> Posts { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            var signature = request.Headers.TryGetValues(ExstreamWebhookReceiver.SignatureHeader, out var values) ? values.Single() : null;
            Posts.Enqueue((request.RequestUri, body, signature));
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }
    }
}
