using Connectors.Core.Webhooks;
using System.Threading.Channels;
using Connectors.Emulators.Hosting;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.TradingGrid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Docs.Tests.Clients;

/// <summary>The snippets of docs/trading-grid.md, run against the loopback identity and Trading Grid emulators.</summary>
[Collection(ConsoleOutput.Collection)]
public sealed class TradingGridDocsTests
{
    [Fact]
    public async Task Set_up_snippet_registers_a_valid_client_for_the_company()
    {
        var services = new ServiceCollection();

        // begin-snippet: trading-grid-set-up
        services.AddTradingGrid(o =>
        {
            o.CompanyId = "GC00804444LX";                 // your Trading Grid BUID
            o.ClientId = "...";                            // the consumer key
            o.ClientSecret = "...";                        // the consumer secret: never logged, never in ToString()
            // o.BaseAddress defaults to https://apigrid.opentext.com/ (beta: TradingGridClientOptions.BetaAddress);
            // tokens come from {BaseAddress}v1/oauth2/tokens with Basic credentials: no tenant, no identity host to set
        });
        // or services.AddTradingGrid(configuration.GetSection("TradingGrid"));
        // several companies: services.AddTradingGrid("eu", o => ...) + IConnectorClientFactory<TradingGridClient>.CreateClient("eu")
        // end-snippet

        await using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<TradingGridClientOptions>>().Get(Options.DefaultName);
        Assert.Empty(options.Validate());
        Assert.Equal(("GC00804444LX", TradingGridClientOptions.ProductionAddress), (options.CompanyId, options.BaseAddress));
        Assert.Equal(new Uri("https://apigrid.opentext.com/v1/oauth2/tokens"), options.GetTokenEndpoint());
        Assert.NotNull(provider.GetRequiredService<TradingGridClient>());
    }

    [Fact]
    public async Task Posts_snippet_keeps_internal_annotations_off_the_partner_post()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await TradingGridEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, emulator);
        var client = services.GetRequiredService<TradingGridClient>();
        var space = emulator.State.Spaces.First(s => s.PartnerCompanyId == TradingGridSeed.VeronaVittles);
        var threadId = emulator.State.PartnerOpensThread(space.SpaceId, "Short shipment", "Two cases missing on PO 4711").ThreadId;

        // begin-snippet: trading-grid-posts
        await client.Posts.CreateAsync(threadId, new PartnerPost("Your claim is under review."));
        await client.Posts.CreateAsync(threadId, new InternalPost("Escalated") { Note = "Margin impact", CaseReference = "CC-1001" });
        // end-snippet

        var posts = emulator.State.Posts.Where(p => p.ThreadId == threadId).Skip(1).ToList();
        Assert.Equal([("Your claim is under review.", "Partner"), ("Escalated", "Internal")], posts.Select(p => (p.Body, p.Visibility)));
        Assert.Null(posts[0].Internal);
        Assert.Equal(("Margin impact", "CC-1001"), (posts[1].Internal?.Note, posts[1].Internal?.CaseReference));
        var partnerWire = emulator.State.RecordedRequests.First(r => r.Method == "POST" && r.Path.EndsWith("/posts", StringComparison.Ordinal));
        Assert.DoesNotContain("Margin", partnerWire.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("caseReference", partnerWire.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Event_snippets_register_a_callback_verify_it_and_read_the_same_events_from_the_feed()
    {
        var received = Channel.CreateUnbounded<(byte[] Body, string Signature)>();
        await using var sink = await EmulatorHost.StartAsync("tg-callbacks", app => app.MapPost("/hooks/tg", async (HttpRequest r) =>
        {
            using var buffer = new MemoryStream();
            await r.Body.CopyToAsync(buffer);
            received.Writer.TryWrite((buffer.ToArray(), r.Headers[TradingGridWebhookReceiver.SignatureHeader].ToString()));
            return Results.Ok();
        }));
        var callbackUrl = new Uri(sink.BaseAddress, "hooks/tg");
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await TradingGridEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, emulator);
        var client = services.GetRequiredService<TradingGridClient>();
        var savedCheckpoint = await EndOfFeedAsync(client);

        // begin-snippet: trading-grid-register-webhook
        // once: register and keep the secret
        WebhookRegistration hook = await client.Events.RegisterWebhookAsync(callbackUrl,
            [TradingGridEventType.PostCreated, TradingGridEventType.DocumentShared, TradingGridEventType.TransactionFailed]);
        // end-snippet

        var (currentSecret, previousSecret) = (hook.Secret!, "the-secret-before-rotation");
        var space = emulator.State.Spaces.First(s => s.PartnerCompanyId == TradingGridSeed.VeronaVittles);
        var thread = emulator.State.PartnerOpensThread(space.SpaceId, "Dispute", "Where is the credit note?");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var (rawBodyBytes, signature) = await received.Reader.ReadAsync(timeout.Token);
        var request = new DefaultHttpContext().Request;
        request.Headers["X-TG-Signature"] = signature;

        // begin-snippet: trading-grid-receive-event
        // in the endpoint: verify the raw body, then read
        var receiver = new TradingGridWebhookReceiver(currentSecret, previousSecret);
        var receipt = receiver.Receive(new WebhookDelivery(rawBodyBytes, name => request.Headers[name]));
        TradingGridEvent e = receipt.EnsureAccepted(); // refused: ConnectorAuthenticationException → 401, ConnectorSerializationException → 400

        // the poll twin: store batch.Checkpoint after handling the events
        EventBatch batch = await client.Events.ReadAsync(savedCheckpoint);
        // end-snippet

        Assert.Equal((TradingGridEventType.PostCreated, thread.ThreadId), (e.EventType, e.Data.ThreadId));
        Assert.Equal([TradingGridEventType.ThreadCreated, TradingGridEventType.PostCreated], batch.Events.Select(x => x.EventType));
        Assert.Equal(e.EventId, batch.Events[1].EventId);
        Assert.Empty((await client.Events.ReadAsync(batch.Checkpoint)).Value.Events);
        Assert.Throws<Connectors.Core.ConnectorAuthenticationException>(() => new TradingGridWebhookReceiver(previousSecret).Receive(new WebhookDelivery(rawBodyBytes, name => request.Headers[name])).EnsureAccepted());
    }

    [Fact]
    public async Task Directory_user_and_lens_snippets_run_against_the_emulator()
    {
        await using var identity = await OpenTextIdentityEmulator.StartNewAsync();
        await using var emulator = await TradingGridEmulator.StartAsync(identity);
        await using var services = ClientFor(identity, emulator);
        var client = services.GetRequiredService<TradingGridClient>();
        var since = DateTimeOffset.UtcNow.AddDays(-1);

        // begin-snippet: trading-grid-directory
        TradingPartner verona = await client.Partners.GetAsync("GC041543822654");              // ?partnerCompanyId=
        await foreach (var partner in client.Partners.ListAsync(new PartnerQuery { TradingAddress = "ZZ:DEMOSUPPLIER5" }))
        {
            Console.WriteLine($"{partner.PartnerCompanyId} {partner.PartnerCompanyName}");
        }

        TradingGridUser? me = await client.Users.FindByLoginIdAsync("validuserid@somewhere.com");
        await client.Users.AddRolesAsync(me!.LoginId!, ["TGMS Reports"]);                       // PUT …/roles?action=Add
        // end-snippet

        // begin-snippet: trading-grid-lens
        var failedOrders = new TransactionSearch
        {
            Must = { new TransactionFieldClause("editype", "850") },
            Should = { new TransactionFieldClause("status", "Failed"), new TransactionFieldClause("errorcode", "*") },
            Range = new TransactionRange("arrivaltime", since, null),
            SortBy = new TransactionSort("arrivaltime"),
        };
        await foreach (var page in client.Transactions.SearchAsync(failedOrders).AsPages(pageSizeHint: 100))
        {
            Console.WriteLine($"{page.Values.Count} of {page.TotalCount}");                        // count / offset / total
        }

        await foreach (var transaction in client.Transactions.ScrollAsync(failedOrders))          // past 10,000: scroll
        {
            Console.WriteLine($"{transaction.TransactionId} {transaction.GetContentKey("purchase order number")}");
        }
        // end-snippet

        Assert.Equal("Verona Vittles", verona.PartnerCompanyName);
        Assert.Contains("TGMS Reports", emulator.State.Users.RolesOf("validuserid@somewhere.com")!);
        var failed = await client.Transactions.SearchAsync(failedOrders).ToListAsync();
        Assert.NotEmpty(failed);
        Assert.All(failed, t => Assert.Equal("850", t.DocumentType?.Value));
    }

    private static async Task<string> EndOfFeedAsync(TradingGridClient client)
    {
        EventBatch batch = await client.Events.ReadAsync();
        while (batch.HasMore)
        {
            batch = await client.Events.ReadAsync(batch.Checkpoint);
        }

        return batch.Checkpoint;
    }

    private static ServiceProvider ClientFor(OpenTextIdentityEmulator identity, TradingGridEmulator emulator)
    {
        var services = new ServiceCollection();
        services.AddTradingGrid(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AuthenticationBaseAddress = identity.BaseAddress;
            o.ClientId = OpenTextIdentityEmulator.DefaultConsumerKey;
            o.ClientSecret = OpenTextIdentityEmulator.DefaultConsumerSecret;
            o.CompanyId = TradingGridSeed.CompanyId;
        });
        return services.BuildServiceProvider();
    }
}
