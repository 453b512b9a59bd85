namespace Connectors.Emulators.BigCommerce;

/// <summary>One attempt to deliver a webhook to a registered destination.</summary>
/// <param name="HookId">The hook that matched the event.</param>
/// <param name="Scope">The event scope, e.g. <c>store/order/statusUpdated</c>.</param>
/// <param name="Destination">Where the payload was POSTed.</param>
/// <param name="Body">The JSON payload sent.</param>
/// <param name="Attempt">1 for the first attempt, then 2, 3, … for retries.</param>
/// <param name="StatusCode">The destination's status code, or null when it did not answer.</param>
/// <param name="Succeeded">Whether the destination answered with a 2xx status.</param>
public sealed record WebhookDelivery(int HookId, string Scope, Uri Destination, string Body, int Attempt, int? StatusCode, bool Succeeded);
