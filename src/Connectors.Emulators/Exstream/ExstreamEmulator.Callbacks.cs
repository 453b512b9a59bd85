using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Emulators.Exstream;

/// <content>Signed callback delivery.</content>
public sealed partial class ExstreamEmulator
{
    /// <summary>The header carrying <c>sha256=&lt;lowercase hex HMAC-SHA256 of the raw body&gt;</c> (assumed contract).</summary>
    public const string SignatureHeader = "X-Exstream-Signature";

    /// <summary>The header carrying the event id.</summary>
    public const string EventIdHeader = "X-Exstream-Event-Id";

    /// <summary>The header carrying the event type.</summary>
    public const string EventTypeHeader = "X-Exstream-Event-Type";

    /// <summary>The header carrying the delivery attempt (1 for the first try).</summary>
    public const string AttemptHeader = "X-Exstream-Delivery-Attempt";

    /// <summary>Computes the signature header value for <paramref name="body"/> with <paramref name="secret"/>.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="body">The raw body bytes.</param>
    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    private async Task<int> DeliverCallbacksAsync(CancellationToken cancellationToken)
    {
        var due = new List<(CallbackSubscription Subscription, EmulatedEvent Event, int Attempt)>();
        lock (_gate)
        {
            foreach (var subscription in _subscriptions.Values)
            {
                var start = _subscriptionStarts[subscription.Id];
                for (var i = start; i < _events.Count; i++)
                {
                    var evt = _events[i];
                    if (evt.Domain != subscription.Domain
                        || (subscription.EventTypes.Count > 0 && !subscription.EventTypes.Contains(evt.Type)))
                    {
                        continue;
                    }

                    var tries = _attempts.Where(a => a.SubscriptionId == subscription.Id && a.EventId == evt.EventId).ToList();
                    if (tries.Count < MaxCallbackAttempts && !tries.Any(a => a.StatusCode is >= 200 and < 300))
                    {
                        due.Add((subscription, evt, tries.Count + 1));
                    }
                }
            }
        }

        foreach (var (subscription, evt, attempt) in due)
        {
            var body = Encoding.UTF8.GetBytes(evt.Body.ToJsonString());
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(SignatureHeader, Sign(subscription.Secret, body));
            request.Headers.Add(EventIdHeader, evt.EventId);
            request.Headers.Add(EventTypeHeader, evt.Type);
            request.Headers.Add(AttemptHeader, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            int? status;
            try
            {
                using var response = await _callbackClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = null;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                status = null;
            }

            lock (_gate)
            {
                _attempts.Add(new CallbackAttempt(subscription.Id, evt.EventId, attempt, status));
            }
        }

        return due.Count;
    }
}
