using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Registers the URLs Exstream posts signed events to (verify them with <see cref="ExstreamWebhookReceiver"/>). Every route
/// here is <b>assumed</b> (OpenText publishes no callback registration; see <c>AssumedRoutes</c> and docs/api/exstream.md).
/// </summary>
public class CallbackService
{
    private readonly ApiConnection _api;
    private readonly string _domain;

    internal CallbackService(ApiConnection api, string domain)
    {
        _api = api;
        _domain = domain;
    }

    /// <summary>For mocking.</summary>
    protected CallbackService()
    {
        _api = null!;
        _domain = null!;
    }

    /// <summary>Registers a callback URL and its signing secret.</summary>
    /// <param name="registration">The URL, secret and event types.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (<c>POST orchestration/api/v1/callbacks/{domain}</c>, AssumedRoutes, docs/api/exstream.md): OpenText publishes no callback registration; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual async Task<Response<CallbackSubscription>> RegisterAsync(CallbackRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var body = new CallbackRegistrationBody
        {
            Url = registration.Url.ToString(),
            Secret = registration.Secret,
            EventTypes = [.. registration.EventTypes.Select(t => t.Value)],
        };
        var call = ApiRequest.Post(AssumedRoutes.Callbacks(_domain)).WithJson(body, ExstreamJsonContext.Default.CallbackRegistrationBody);
        var response = await _api.SendAsync(call, ExstreamJsonContext.Default.ExstreamEnvelopeCallbackSubscription, cancellationToken).ConfigureAwait(false);
        return Envelopes.Unwrap(response, _api.System);
    }

    /// <summary>Lists the registered callbacks.</summary>
    /// <remarks>Assumed route (<c>GET orchestration/api/v1/callbacks/{domain}</c>, AssumedRoutes, docs/api/exstream.md): OpenText publishes no callback registration; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual AsyncPageable<CallbackSubscription> ListAsync()
        => ExstreamPaging.Create(_api, () => ApiRequest.Get(AssumedRoutes.Callbacks(_domain)), ExstreamJsonContext.Default.ExstreamPagedEnvelopeCallbackSubscription, 50);

    /// <summary>Removes a callback.</summary>
    /// <param name="subscriptionId">The subscription id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Assumed route (<c>DELETE orchestration/api/v1/callbacks/{domain}/{id}</c>, AssumedRoutes, docs/api/exstream.md): OpenText publishes no callback registration; if yours differs, call it with <c>client.SendAsync</c>.</remarks>
    public virtual Task<Response> DeleteAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
        return _api.SendAsync(ApiRequest.Delete(AssumedRoutes.Callback(_domain, subscriptionId)), cancellationToken);
    }
}
