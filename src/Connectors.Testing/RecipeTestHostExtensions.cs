using Connectors.OpenText.TradingGrid;

namespace Connectors.Testing;

/// <summary>Inbound deliveries for recipe tests.</summary>
public static class RecipeTestHostExtensions
{
    /// <summary>
    /// Starts a <see cref="WebhookListener"/>, registers its URL with the Trading Grid emulator for every event type
    /// and checks deliveries with a <see cref="TradingGridWebhookReceiver"/> holding the secret the emulator issued.
    /// </summary>
    /// <param name="host">The host.</param>
    /// <param name="cancellationToken">Cancels the registration.</param>
    /// <returns>The listener; dispose it at the end of the test.</returns>
    public static async Task<WebhookListener> ListenToTradingGridAsync(this RecipeTestHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var listener = WebhookListener.Start("tradinggrid");
        try
        {
            var registration = (await host.Get<TradingGridClient>().Events.RegisterWebhookAsync(listener.Url, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            listener.Receiver = new TradingGridWebhookReceiver(registration.Secret!);
            return listener;
        }
        catch
        {
            await listener.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
