using Connectors.Core.Webhooks;
using System.Text;
using Connectors.Core;
using Connectors.Emulators.Exstream;

namespace Connectors.OpenText.Exstream.Tests;

public sealed class WebhookReceiverTests
{
    private const string Secret = "whsec-0123456789abcdef";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"eventId":"evt-claims-000003","sequence":3,"type":"delivery.returned_mail","occurredAt":"2026-11-24T07:00:08.000Z","jobId":"j-1","correlationId":"case-9","channel":"print","recipient":{"id":"cust-9","name":"Alan Turing"},"reason":{"code":"returned_mail","message":"Returned to sender"}}""");

    [Fact]
    public void A_correctly_signed_event_is_parsed_into_a_typed_payload()
    {
        var evt = new ExstreamWebhookReceiver(Secret).Receive(Signed(Body, ExstreamEmulator.Sign(Secret, Body))).EnsureAccepted();

        Assert.Equal(ExstreamEventType.ReturnedMail, evt.Type);
        Assert.Equal(3, evt.Sequence);
        Assert.Equal(CommunicationChannel.Print, evt.Channel);
        Assert.Equal("Alan Turing", evt.Recipient?.Name);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 0, 8, TimeSpan.Zero), evt.OccurredAt);
    }

    [Fact]
    public void A_tampered_body_is_rejected_as_unauthenticated()
    {
        var signature = ExstreamEmulator.Sign(Secret, Body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("case-9", "case-8", StringComparison.Ordinal));

        var error = Assert.Throws<ConnectorAuthenticationException>(() => new ExstreamWebhookReceiver(Secret).Receive(Signed(tampered, signature)).EnsureAccepted());

        Assert.Equal(AuthenticationFailureReason.InvalidCredentials, error.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=nothex")]
    [InlineData("md5=00")]
    public void A_missing_or_garbled_signature_is_rejected(string? header)
    {
        Assert.Throws<ConnectorAuthenticationException>(() => new ExstreamWebhookReceiver(Secret).Receive(Signed(Body, header)).EnsureAccepted());
    }

    [Fact]
    public void An_event_signed_with_another_secret_is_rejected()
    {
        Assert.False(new ExstreamWebhookReceiver(Secret).Receive(Signed(Body, ExstreamEmulator.Sign("another-secret-value", Body))).Accepted);
    }

    [Fact]
    public void During_a_rotation_both_the_new_and_the_old_secret_are_accepted()
    {
        var receiver = new ExstreamWebhookReceiver("new-secret-0123456789", Secret);

        Assert.True(receiver.Receive(Signed(Body, ExstreamEmulator.Sign(Secret, Body))).Accepted);
        Assert.True(receiver.Receive(Signed(Body, ExstreamEmulator.Sign("new-secret-0123456789", Body))).Accepted);
    }

    [Theory]
    [InlineData("{\"eventId\":\"evt-1\",")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"sequence\":1,\"type\":\"delivery.failed\"}")]
    [InlineData("{\"eventId\":\"evt-1\",\"sequence\":\"one\",\"type\":\"delivery.failed\"}")]
    public void A_malformed_event_with_a_valid_signature_is_a_typed_serialization_error(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);

        var error = Assert.Throws<ConnectorSerializationException>(() => new ExstreamWebhookReceiver(Secret).Receive(Signed(body, ExstreamEmulator.Sign(Secret, body))).EnsureAccepted());

        Assert.Equal(ExstreamClient.SystemName, error.System);
    }

    [Fact]
    public void An_oversized_event_is_rejected_before_it_is_verified_or_parsed()
    {
        var body = new byte[300 * 1024];

        Assert.Throws<ConnectorSerializationException>(() => new ExstreamWebhookReceiver(Secret).Receive(Signed(body, ExstreamEmulator.Sign(Secret, body))).EnsureAccepted());
    }

    [Fact]
    public void An_unknown_event_type_is_kept()
    {
        var body = Encoding.UTF8.GetBytes("""{"eventId":"evt-9","sequence":9,"type":"delivery.opened"}""");

        var evt = new ExstreamWebhookReceiver(Secret).Receive(Signed(body, ExstreamEmulator.Sign(Secret, body))).EnsureAccepted();

        Assert.Equal("delivery.opened", evt.Type.Value);
        Assert.False(evt.Type.IsDeliveryFailure);
    }

    private static WebhookDelivery Signed(byte[] body, string? signature)
        => WebhookDelivery.Create(body, signature is null ? [] : [new(ExstreamWebhookReceiver.SignatureHeader, signature)]);
}
