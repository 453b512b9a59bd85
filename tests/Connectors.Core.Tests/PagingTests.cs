using Connectors.Core.Tests.Support;

namespace Connectors.Core.Tests;

public class PagingTests
{
    [Fact]
    public async Task Page_number_paging_stops_on_a_short_page()
    {
        var requested = new List<int>();
        var pageable = new AsyncPageable<int>((token, size, _) =>
        {
            var page = Paging.PageNumber(token);
            requested.Add(page);
            var items = page < 3 ? Enumerable.Range((page - 1) * 10, 10).ToList() : [20, 21, 22];
            return Task.FromResult(new Page<int>(items, Paging.NextPageByCount(page, items.Count, 10), Response.Create()));
        });

        var all = await pageable.ToListAsync();

        Assert.Equal(23, all.Count);
        Assert.Equal([1, 2, 3], requested);
    }

    [Fact]
    public async Task Page_number_paging_stops_on_an_empty_page()
    {
        var calls = 0;
        var pageable = new AsyncPageable<int>((token, _, _) =>
        {
            calls++;
            var page = Paging.PageNumber(token);
            IReadOnlyList<int> items = page == 1 ? [1, 2] : [];
            return Task.FromResult(new Page<int>(items, Paging.NextPageByCount(page, items.Count, 2), Response.Create()));
        });

        Assert.Equal([1, 2], await pageable.ToListAsync());
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Metadata_paging_stops_on_the_last_page_and_pages_are_lazy()
    {
        var calls = 0;
        var pageable = new AsyncPageable<int>((token, _, _) =>
        {
            calls++;
            var page = Paging.PageNumber(token);
            return Task.FromResult(new Page<int>([page], Paging.NextPageByTotal(page, 4), Response.Create()));
        });

        await foreach (var item in pageable)
        {
            if (item == 2)
            {
                break;
            }
        }

        Assert.Equal(2, calls);
        Assert.Equal([1, 2, 3, 4], await pageable.ToListAsync());
    }

    [Fact]
    public async Task Cursor_paging_resumes_from_a_continuation_token()
    {
        var pages = new Dictionary<string, (int[] Items, string? Next)>
        {
            ["start"] = ([1, 2], "c2"),
            ["c2"] = ([3], "c3"),
            ["c3"] = ([4], ""),
        };
        var pageable = new AsyncPageable<int>((token, _, _) =>
        {
            var (items, next) = pages[token ?? "start"];
            return Task.FromResult(new Page<int>(items, Paging.NextCursor(next), Response.Create()));
        });

        var resumed = new List<int>();
        await foreach (var page in pageable.AsPages("c2"))
        {
            resumed.AddRange(page.Values);
        }

        Assert.Equal([3, 4], resumed);
    }

    [Fact]
    public async Task Offset_paging_follows_the_total()
    {
        var pageable = new AsyncPageable<int>((token, size, _) =>
        {
            var start = Paging.Offset(token);
            var items = Enumerable.Range((int)start, (int)Math.Min(size ?? 4, 10 - start)).ToList();
            return Task.FromResult(new Page<int>(items, Paging.NextOffset(start, items.Count, 10), Response.Create()));
        });

        var pages = new List<Page<int>>();
        await foreach (var page in pageable.AsPages(pageSizeHint: 4))
        {
            pages.Add(page);
        }

        Assert.Equal(3, pages.Count);
        Assert.Equal(Enumerable.Range(0, 10), pages.SelectMany(p => p.Values));
    }

    [Fact]
    public async Task A_service_that_repeats_its_token_does_not_loop_forever()
    {
        var calls = 0;
        var pageable = new AsyncPageable<int>((_, _, _) =>
        {
            calls++;
            return Task.FromResult(new Page<int>([calls], "same", Response.Create()));
        });

        var items = await pageable.ToListAsync();

        Assert.Equal(2, calls);
        Assert.Equal([1, 2], items);
    }

    [Fact]
    public async Task FromPages_builds_a_pageable_for_mocks()
    {
        var pageable = AsyncPageable<string>.FromPages([Page<string>.FromValues(["a"]), Page<string>.FromValues(["b", "c"])]);

        Assert.Equal(["a", "b", "c"], await pageable.ToListAsync());
    }
}
