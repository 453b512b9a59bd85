using System.Text.Json;
using Connectors.Core.Webhooks;
using Connectors.Emulators.TradingGrid;
using Connectors.OpenText.TradingGrid;
using Connectors.Scenarios.Events;

namespace Connectors.Samples.Checks;

/// <summary>
/// A Trading Grid callback as a host stores it (see <c>MapConnectorsWebhooks</c>): the emulator's event serialized the
/// way the emulator posts it, signed, verified and read by the client's receiver, with the raw body as payload.
/// </summary>
internal static class TradingGridDelivery
{
    private const string Secret = "sample-callback-secret";

    // The emulator posts its event records with the web defaults (camelCase, nested "data").
    private static readonly JsonSerializerOptions EmulatorJson = new(JsonSerializerDefaults.Web);

    /// <summary>The envelope of the callback that delivers <paramref name="e"/>.</summary>
    /// <param name="e">An event the emulator raised.</param>
    public static EventEnvelope Of(TgEvent e)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(e, EmulatorJson);
        var receiver = new TradingGridWebhookReceiver(Secret);
        var delivery = WebhookDelivery.Create(body, [new(TradingGridWebhookReceiver.SignatureHeader, TradingGridEmulator.Sign(Secret, body))]);
        return EventEnvelope.FromWebhook(receiver, receiver.Receive(delivery), body);
    }
}
