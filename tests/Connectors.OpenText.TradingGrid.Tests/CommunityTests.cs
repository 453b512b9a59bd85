using Connectors.Core;
using Connectors.Emulators.TradingGrid;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class CommunityTests
{
    [Fact]
    public async Task Spaces_are_listed_per_partner_and_fetched_by_id()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        var spaces = await env.Client.Spaces.ListAsync(TradingGridSeed.VeronaVittles).ToListAsync();
        CommunitySpace space = await env.Client.Spaces.GetAsync(Assert.Single(spaces).SpaceId);

        Assert.Equal(TradingGridSeed.VeronaVittles, space.PartnerCompanyId);
        Assert.Equal(3, (await env.Client.Spaces.ListAsync().ToListAsync()).Count);
    }

    [Fact]
    public async Task A_thread_is_opened_read_back_and_listed()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);

        CommunityThread created = await env.Client.Threads.CreateAsync(space.SpaceId,
            new NewThread("Case CC-1001 received", new PartnerPost("We received your dispute and are reviewing it.")) { Category = "Status" });
        CommunityThread fetched = await env.Client.Threads.GetAsync(created.ThreadId);
        var listed = await env.Client.Threads.ListAsync(space.SpaceId, new ThreadQuery { Status = ThreadStatus.Open }).ToListAsync();

        Assert.Equal("Case CC-1001 received", fetched.Title);
        Assert.Equal("Status", fetched.Category);
        Assert.Equal(ThreadStatus.Open, fetched.Status);
        Assert.Equal(1, fetched.PostCount);
        Assert.Equal(TradingGridSeed.CompanyId, fetched.CreatedBy?.CompanyId);
        Assert.Contains(listed, t => t.ThreadId == created.ThreadId);
    }

    [Fact]
    public async Task Threads_opened_by_the_partner_are_found_by_modified_since()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);
        var dispute = env.State.PartnerOpensThread(space.SpaceId, "Invoice INV-55012 price mismatch", "Our price list says 12.50.");

        var changed = await env.Client.Threads.ListAsync(space.SpaceId, new ThreadQuery { ModifiedSince = before }).ToListAsync();
        var resolvedOnly = await env.Client.Threads.ListAsync(space.SpaceId, new ThreadQuery { Status = ThreadStatus.Resolved }).ToListAsync();

        var thread = Assert.Single(changed);
        Assert.Equal(dispute.ThreadId, thread.ThreadId);
        Assert.Equal("Dispute", thread.Category);
        Assert.Equal(TradingGridSeed.VeronaVittles, thread.CreatedBy?.CompanyId);
        Assert.Empty(resolvedOnly);
    }

    [Fact]
    public async Task Resolve_marks_the_thread_resolved_idempotently_and_reopen_reverts_it()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.NorthwindLogistics);
        var thread = env.State.PartnerOpensThread(space.SpaceId, "ASN-88120 rejected", "Why was our 856 rejected?");

        CommunityThread resolved = await env.Client.Threads.ResolveAsync(thread.ThreadId, "ISA/IEA control numbers fixed; resend accepted.");
        await env.Client.Threads.ResolveAsync(thread.ThreadId, "ISA/IEA control numbers fixed; resend accepted.");
        CommunityThread reopened = await env.Client.Threads.ReopenAsync(thread.ThreadId);

        Assert.Equal(ThreadStatus.Resolved, resolved.Status);
        Assert.Equal("ISA/IEA control numbers fixed; resend accepted.", resolved.Resolution);
        Assert.NotNull(resolved.ResolvedAt);
        Assert.Equal(ThreadStatus.Open, reopened.Status);
        Assert.Single(env.State.Events, e => e.EventType == "thread.resolved" && e.Data["threadId"] == thread.ThreadId);
        Assert.Single(env.State.Events, e => e.EventType == "thread.reopened" && e.Data["threadId"] == thread.ThreadId);
    }

    [Fact]
    public async Task Posts_reply_to_a_partner_post_and_are_read_back_with_their_visibility()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);
        var thread = env.State.PartnerOpensThread(space.SpaceId, "Short shipment PO-104233", "We shipped 90, you counted 80?");
        var partnerPost = env.State.Posts.Single(p => p.ThreadId == thread.ThreadId);

        CommunityPost reply = await env.Client.Posts.CreateAsync(thread.ThreadId, new PartnerPost("Please upload the proof of delivery.") { InReplyTo = partnerPost.PostId });
        CommunityPost note = await env.Client.Posts.CreateAsync(thread.ThreadId, new InternalPost("Check the dock scan.") { Note = "Receiving counted 80", CaseReference = "CC-1001", Tags = ["shortage"] });
        var all = await env.Client.Posts.ListAsync(thread.ThreadId).ToListAsync();
        var internalOnly = await env.Client.Posts.ListAsync(thread.ThreadId, new PostQuery { Visibility = PostVisibility.Internal }).ToListAsync();

        Assert.Equal(partnerPost.PostId, reply.InReplyTo);
        Assert.Equal(PostVisibility.Partner, reply.Visibility);
        Assert.Null(reply.Internal);
        Assert.Equal(PostVisibility.Internal, note.Visibility);
        Assert.Equal("CC-1001", note.Internal?.CaseReference);
        Assert.Equal([partnerPost.PostId, reply.PostId, note.PostId], all.Select(p => p.PostId));
        Assert.Equal(note.PostId, Assert.Single(internalOnly).PostId);
    }

    [Fact]
    public async Task A_reply_to_a_post_outside_the_thread_is_a_validation_error_with_the_field()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);
        var thread = env.State.PartnerOpensThread(space.SpaceId, "Question", "Hello?");

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            env.Client.Posts.CreateAsync(thread.ThreadId, new PartnerPost("Hi") { InReplyTo = "PO-NOPE" }));

        Assert.Equal(400, error.Status);
        Assert.Equal("inReplyTo", Assert.Single(error.FieldErrors).Field);
    }

    [Fact]
    public async Task Paging_through_many_posts_returns_each_once_in_order()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);
        var thread = env.State.PartnerOpensThread(space.SpaceId, "Long claim discussion", "post 0");
        for (var i = 1; i < 137; i++)
        {
            env.State.PartnerPosts(thread.ThreadId, $"post {i}");
        }

        var pages = await env.Client.Posts.ListAsync(thread.ThreadId).AsPages(pageSizeHint: 25).ToListAsync();
        var posts = pages.SelectMany(p => p.Values).ToList();

        Assert.Equal(6, pages.Count);
        Assert.All(pages[..^1], p => Assert.Equal(25, p.Values.Count));
        Assert.Equal(137, posts.Count);
        Assert.Equal(Enumerable.Range(0, 137).Select(i => $"post {i}"), posts.Select(p => p.Body));
        Assert.Equal(137, posts.Select(p => p.PostId).Distinct().Count());
    }

    [Fact]
    public async Task Paging_resumes_from_a_continuation_token()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);
        var thread = env.State.PartnerOpensThread(space.SpaceId, "Resume", "post 0");
        for (var i = 1; i < 30; i++)
        {
            env.State.PartnerPosts(thread.ThreadId, $"post {i}");
        }

        var first = await env.Client.Posts.ListAsync(thread.ThreadId).AsPages(pageSizeHint: 10).FirstAsync();
        var rest = await env.Client.Posts.ListAsync(thread.ThreadId).AsPages(first.ContinuationToken, 10).ToListAsync();

        Assert.Equal("10", first.ContinuationToken);
        Assert.Equal("post 10", rest[0].Values[0].Body);
        Assert.Equal(20, rest.Sum(p => p.Values.Count));
    }

    [Fact]
    public async Task Posts_since_a_time_skip_older_posts()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        await using var env = await TradingGridTestEnvironment.StartAsync();
        env.State.Time = clock;
        var space = env.SpaceOf(TradingGridSeed.VeronaVittles);
        var thread = env.State.PartnerOpensThread(space.SpaceId, "Since", "old");
        clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = clock.GetUtcNow();
        env.State.PartnerPosts(thread.ThreadId, "new 1");
        clock.Advance(TimeSpan.FromMinutes(1));
        env.State.PartnerPosts(thread.ThreadId, "new 2");

        var posts = await env.Client.Posts.ListAsync(thread.ThreadId, new PostQuery { Since = checkpoint }).ToListAsync();

        Assert.Equal(["new 1", "new 2"], posts.Select(p => p.Body));
    }

    [Fact]
    public async Task An_unknown_thread_is_not_found()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => env.Client.Threads.GetAsync("TH-NOPE"));

        Assert.Equal("THREAD_NOT_FOUND", error.ErrorCode);
    }
}
