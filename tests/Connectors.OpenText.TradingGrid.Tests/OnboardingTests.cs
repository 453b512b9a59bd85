using Connectors.Core;

namespace Connectors.OpenText.TradingGrid.Tests;

public sealed class OnboardingTests
{
    [Fact]
    public async Task A_submission_is_created_read_back_and_moved_through_its_statuses()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        OnboardingSubmission submitted = await env.Client.Onboarding.SubmitAsync(
            new NewOnboardingSubmission("Fresh Farms", "edi@freshfarms.example") { TradingAddresses = ["ZZ:FRESHFARMS"], DocumentTypes = ["850", "856", "810"] });
        await env.Client.Onboarding.SetStatusAsync(submitted.SubmissionId, OnboardingStatus.InReview, "Compliance check started");
        await env.Client.Onboarding.SetStatusAsync(submitted.SubmissionId, OnboardingStatus.InReview);
        await env.Client.Onboarding.SetStatusAsync(submitted.SubmissionId, OnboardingStatus.Approved, "Master data validated");
        OnboardingSubmission fetched = await env.Client.Onboarding.GetAsync(submitted.SubmissionId);

        Assert.Equal(OnboardingStatus.Submitted, submitted.Status);
        Assert.Equal(OnboardingStatus.Approved, fetched.Status);
        Assert.Equal("Master data validated", fetched.StatusComment);
        Assert.Equal(["850", "856", "810"], fetched.DocumentTypes);
        Assert.Equal("edi@freshfarms.example", fetched.Contact?.Email);
        Assert.Equal(2, env.State.Events.Count(e => e.EventType == "onboarding.statusChanged"));
    }

    [Fact]
    public async Task Submissions_are_listed_by_status()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var first = env.State.SubmitOnboarding("A Corp", "a@a.example", ["ZZ:A"], ["850"]);
        env.State.SubmitOnboarding("B Corp", "b@b.example", ["ZZ:B"], ["810"]);
        await env.Client.Onboarding.SetStatusAsync(first.SubmissionId, OnboardingStatus.InReview);

        var submitted = await env.Client.Onboarding.ListAsync(new OnboardingQuery { Status = OnboardingStatus.Submitted }).ToListAsync();
        var all = await env.Client.Onboarding.ListAsync().ToListAsync();

        Assert.Equal("B Corp", Assert.Single(submitted).PartnerCompanyName);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task An_unlawful_status_move_is_a_conflict()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();
        var submission = env.State.SubmitOnboarding("A Corp", "a@a.example", [], []);

        var error = await Assert.ThrowsAsync<ConnectorConflictException>(() =>
            env.Client.Onboarding.SetStatusAsync(submission.SubmissionId, OnboardingStatus.Completed));

        Assert.Equal(409, error.Status);
        Assert.Equal("INVALID_STATUS_TRANSITION", error.ErrorCode);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_submission_without_a_valid_email_is_refused_with_field_errors()
    {
        await using var env = await TradingGridTestEnvironment.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            env.Client.Onboarding.SubmitAsync(new NewOnboardingSubmission("No Mail Ltd", "not-an-email")));

        Assert.Equal("contact.email", Assert.Single(error.FieldErrors).Field);
        Assert.Empty(env.State.OnboardingSubmissions);
    }
}
