using Connectors.Core;

namespace Connectors.BigCommerce;

/// <summary>Webhook subscriptions (v3 hooks).</summary>
public class WebhookService
{
    private readonly ApiConnection _api;

    internal WebhookService(ApiConnection api) => _api = api;

    /// <summary>For mocking.</summary>
    protected WebhookService() => _api = null!;

    private static BigCommerceJsonContext Json => BigCommerceJsonContext.Default;

    /// <summary>Lists the hooks of this API account.</summary>
    public virtual AsyncPageable<Webhook> ListAsync()
        => Lists.V3(_api, () => ApiRequest.Get(BigCommerceRoutes.Hooks), Json.V3CollectionWebhook);

    /// <summary>Gets a hook.</summary>
    /// <param name="webhookId">The hook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Webhook>> GetAsync(int webhookId, CancellationToken cancellationToken = default)
        => Envelopes.Unwrap(await _api.SendAsync(ApiRequest.Get(BigCommerceRoutes.Hook(webhookId)), Json.V3EnvelopeWebhook, cancellationToken).ConfigureAwait(false));

    /// <summary>Creates a hook. Put the receiver's secret in <see cref="WebhookRequest.Headers"/>.</summary>
    /// <param name="request">Scope, destination, headers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Webhook>> CreateAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var api = ApiRequest.Post(BigCommerceRoutes.Hooks).WithJson(request, Json.WebhookRequest);
        return Envelopes.Unwrap(await _api.SendAsync(api, Json.V3EnvelopeWebhook, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Updates a hook.</summary>
    /// <param name="webhookId">The hook id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Webhook>> UpdateAsync(int webhookId, WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var api = ApiRequest.Put(BigCommerceRoutes.Hook(webhookId)).WithJson(request, Json.WebhookRequest);
        return Envelopes.Unwrap(await _api.SendAsync(api, Json.V3EnvelopeWebhook, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Deletes a hook; returns it as it was.</summary>
    /// <param name="webhookId">The hook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<Response<Webhook>> DeleteAsync(int webhookId, CancellationToken cancellationToken = default)
        => Envelopes.Unwrap(await _api.SendAsync(ApiRequest.Delete(BigCommerceRoutes.Hook(webhookId)), Json.V3EnvelopeWebhook, cancellationToken).ConfigureAwait(false));
}
