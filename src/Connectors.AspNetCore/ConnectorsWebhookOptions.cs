namespace Connectors.AspNetCore;

/// <summary>Limits of the inbound endpoints. The receivers themselves (with their secrets) are registered with <c>AddWebhookReceiver</c>.</summary>
public sealed class ConnectorsWebhookOptions
{
    /// <summary>
    /// The largest body any inbound endpoint buffers; larger ones get 413 before they are read whole. Default 1 MB.
    /// A receiver's own, smaller <c>MaxBodyBytes</c> wins.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
