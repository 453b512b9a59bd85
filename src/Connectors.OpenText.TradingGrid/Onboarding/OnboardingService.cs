using Connectors.Core;
using Connectors.OpenText.TradingGrid.Internal;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Partner onboarding submissions and their status. Every route here is assumed: see <c>AssumedRoutes</c> and docs/api/trading-grid.md.</summary>
public class OnboardingService
{
    private readonly ApiConnection _connection;
    private readonly TradingGridClientOptions _options;

    internal OnboardingService(ApiConnection connection, TradingGridClientOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>For mocking.</summary>
    protected OnboardingService()
    {
        _connection = null!;
        _options = null!;
    }

    /// <summary>Submits an onboarding request. Not retried automatically (it would create a second submission).</summary>
    /// <param name="submission">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for onboarding requests; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<OnboardingSubmission>> SubmitAsync(NewOnboardingSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var body = new OnboardingRequest(
            submission.PartnerCompanyName,
            submission.TradingAddresses,
            submission.DocumentTypes,
            new ContactInformation { Email = submission.ContactEmail, PhoneNumber = submission.ContactPhoneNumber });
        return _connection.SendAsync(
            ApiRequest.Post(AssumedRoutes.OnboardingRequests(_options.CompanyId)).WithJson(body, TradingGridJsonContext.Default.OnboardingRequest),
            TradingGridJsonContext.Default.OnboardingSubmission,
            cancellationToken);
    }

    /// <summary>Gets one submission.</summary>
    /// <param name="submissionId">The submission id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for onboarding requests; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<OnboardingSubmission>> GetAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return _connection.SendAsync(
            ApiRequest.Get(AssumedRoutes.OnboardingRequest(_options.CompanyId, submissionId)),
            TradingGridJsonContext.Default.OnboardingSubmission,
            cancellationToken);
    }

    /// <summary>Lists submissions, oldest first.</summary>
    /// <param name="query">Filters; <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for onboarding requests; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<OnboardingSubmission> ListAsync(OnboardingQuery? query = null, CancellationToken cancellationToken = default)
        => OffsetPaging.Create<OnboardingSubmission, OnboardingList>(
            _connection,
            () => ApiRequest.Get(AssumedRoutes.OnboardingRequests(_options.CompanyId))
                .WithQuery("status", query?.Status?.Value)
                .WithQuery("modifiedSince", query?.ModifiedSince),
            TradingGridJsonContext.Default.OnboardingList,
            _options.PageSize,
            cancellationToken);

    /// <summary>Moves a submission to a new status (idempotent: setting the current status again changes nothing).</summary>
    /// <param name="submissionId">The submission id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="comment">A comment the partner sees.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorConflictException">The move is not allowed from the current status.</exception>
    /// <remarks>Assumed route (AssumedRoutes, docs/api/trading-grid.md): OpenText publishes no call for onboarding requests; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response<OnboardingSubmission>> SetStatusAsync(string submissionId, OnboardingStatus status, string? comment = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(status.Value, nameof(status));
        return _connection.SendAsync(
            ApiRequest.Put(AssumedRoutes.OnboardingStatus(_options.CompanyId, submissionId))
                .WithJson(new OnboardingStatusRequest(status.Value, comment), TradingGridJsonContext.Default.OnboardingStatusRequest),
            TradingGridJsonContext.Default.OnboardingSubmission,
            cancellationToken);
    }
}
