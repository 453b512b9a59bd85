using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

/// <summary>A post to a partner never carries fields marked internal: by type, and on the wire.</summary>
public sealed class PartnerVisibilityTests
{
    private static readonly string[] InternalWords = ["internal", "note", "caseReference", "tags"];

    [Fact]
    public async Task A_partner_post_is_sent_without_any_internal_field()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var thread = env.State.PartnerOpensThread(env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, "Dispute", "Price?");

        await env.Client.Posts.CreateAsync(thread.ThreadId, new PartnerPost("Status: under review.") { DocumentIds = ["DO1"] });

        var sent = env.State.RecordedRequests.Single(r => r.Method == "POST" && r.Path.EndsWith("/posts", StringComparison.Ordinal));
        using var body = JsonDocument.Parse(sent.Body);
        var names = body.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal("Partner", body.RootElement.GetProperty("visibility").GetString());
        Assert.Empty(names.Intersect(InternalWords, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(["body", "visibility", "documentIds"], names);
    }

    [Fact]
    public async Task A_thread_opened_with_a_partner_post_sends_no_internal_field()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        await env.Client.Threads.CreateAsync(env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, new NewThread("Milestone", new PartnerPost("Resolved.")));

        var sent = env.State.RecordedRequests.Single(r => r.Path.EndsWith("/threads", StringComparison.Ordinal));
        Assert.DoesNotContain("internal", sent.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("caseReference", sent.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Null(env.State.Posts.Single().Internal);
    }

    [Fact]
    public async Task An_internal_post_carries_its_internal_data_and_stays_internal()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var thread = env.State.PartnerOpensThread(env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, "Dispute", "Price?");

        await env.Client.Posts.CreateAsync(thread.ThreadId, new InternalPost("Escalated.") { Note = "Margin impact 400 USD", CaseReference = "CC-1001" });

        var stored = env.State.Posts.Last();
        Assert.Equal("Internal", stored.Visibility);
        Assert.Equal("Margin impact 400 USD", stored.Internal?.Note);
        var sent = env.State.RecordedRequests.Last();
        Assert.Contains("\"internal\"", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_partner_post_type_has_no_member_for_internal_data_and_posts_cannot_be_subclassed_elsewhere()
    {
        var partnerMembers = typeof(PartnerPost).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
        var internalOnly = typeof(InternalPost).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Except(partnerMembers);

        Assert.Equal(["Body", "DocumentIds", "InReplyTo", "Visibility"], partnerMembers.Order());
        Assert.Equal(["CaseReference", "Note", "Tags"], internalOnly.Order());
        Assert.True(typeof(PartnerPost).IsSealed);
        Assert.All(typeof(NewPost).GetConstructors(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance),
            c => Assert.True(c.IsFamilyAndAssembly, "NewPost's constructor must be private protected so no other assembly can add a post kind."));
    }

    [Fact]
    public async Task The_emulator_refuses_a_partner_post_that_smuggles_internal_data()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var thread = env.State.PartnerOpensThread(env.SpaceOf(TradingGridSeed.VeronaVittles).SpaceId, "Dispute", "Price?");
        using var http = new HttpClient { BaseAddress = env.Emulator.BaseAddress };
        var token = await GetTokenAsync(http, env.Identity);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"TGCommunityServices/v1/companies/{TradingGridSeed.CompanyId}/threads/{thread.ThreadId}/posts")
        {
            Content = new StringContent("""{"body":"hi","visibility":"Partner","internal":{"note":"secret"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("INTERNAL_DATA_NOT_ALLOWED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(env.State.Posts);
    }

    private static async Task<string> GetTokenAsync(HttpClient http, OpenTextIdentityEmulator identity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, identity.TradingGridTokenEndpoint + "?grant_type=client_credentials");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{OpenTextIdentityEmulator.DefaultConsumerKey}:{OpenTextIdentityEmulator.DefaultConsumerSecret}")));
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
