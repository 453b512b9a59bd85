using Connectors.OpenText.CoreCase;
using Connectors.Recipes.CaseCommunications;

namespace Connectors.Recipes.CaseCommunications.Tests;

public sealed class CaseTimelineTests
{
    [Fact]
    public async Task CC_EX_7_timeline_merges_case_events_and_communications_in_time_order()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddMilestoneCommunications().AddCaseTimeline());
        var theCase = await host.NewCaseAsync();
        var coreCase = host.CoreCase();
        await coreCase.Comments.AddAsync(theCase.Ref, "Customer is a known fraud risk.");
        await coreCase.Comments.AddAsync(theCase.Ref, "We have received your claim.", CommentVisibility.Shared);
        await host.SetAsync(theCase.Ref, "milestone", "approval");
        await host.PollAsync(MilestoneCommunicationRecipe.Poller);
        await host.Systems.Exstream.PumpAsync();

        // The emulators stamp milliseconds and the timeline puts case events first at one instant (its documented
        // tie-break): let the clock move on so the status change is later than the letter, as it is on real systems.
        await Task.Delay(TimeSpan.FromMilliseconds(5));
        await coreCase.Cases.ChangeStatusAsync(theCase.Ref, CaseStatus.InProgress, "claim approved");

        // begin-snippet: case-communications-timeline
        IReadOnlyList<CaseTimelineEntry> timeline = await host.Get<CaseTimelineService>().GetAsync(theCase.Ref);
        // (At, Source "case" | "communication", What, Why, Reference)
        // end-snippet

        Assert.Equal(
            [
                "case CASE_CREATED",
                "case COMMENT_ADDED",
                "case CASE_UPDATED milestone",
                "communication approval-letter submitted (email)",
                "communication approval-letter job.completed",
                "communication approval-letter delivery.delivered",
                "case STATUS_CHANGED OPEN → IN_PROGRESS",
            ],
            timeline.Select(e => $"{e.Source} {e.What}"));
        Assert.Equal("claim approved", timeline[^1].Why);
        Assert.Equal(timeline.OrderBy(e => e.At).Select(e => e.At), timeline.Select(e => e.At));
        var job = Assert.Single(host.JobsOf(theCase.Ref));
        Assert.Equal(job.Id, timeline[3].Reference);
    }

    [Fact]
    public async Task CC_EX_7_unknown_case_is_a_typed_not_found_error()
    {
        await using var host = await CaseComms.StartAsync(s => s.AddCaseTimeline());
        await Assert.ThrowsAsync<CaseNotFoundException>(() => host.Get<CaseTimelineService>().GetAsync(new CaseRef(Connectors.Emulators.CoreCase.CoreCaseState.DefaultCaseDefinitionId, "no-such-case")));
    }
}
