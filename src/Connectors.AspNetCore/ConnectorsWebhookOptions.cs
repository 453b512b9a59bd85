using Connectors.BigCommerce;

namespace Connectors.AspNetCore;

/// <summary>Secrets and limits of the inbound endpoints. An endpoint whose secrets are not set is not mapped.</summary>
public sealed class ConnectorsWebhookOptions
{
    /// <summary>The shared secret BigCommerce hooks send in <see cref="BigCommerceSecretHeader"/> (set in the hook's <c>headers</c>).</summary>
    public string? BigCommerceSecret { get; set; }

    /// <summary>The header carrying the BigCommerce secret.</summary>
    public string BigCommerceSecretHeader { get; set; } = BigCommerceWebhookReceiver.DefaultHeaderName;

    /// <summary>HMAC secrets for Exstream delivery events; several allow rotation.</summary>
    public IList<string> ExstreamSecrets { get; } = [];

    /// <summary>HMAC secrets for Trading Grid community and transaction events.</summary>
    public IList<string> TradingGridSecrets { get; } = [];

    /// <summary>HMAC secrets for Workflow Service callbacks.</summary>
    public IList<string> WorkflowServiceSecrets { get; } = [];

    /// <summary>The largest body accepted; larger ones get 413 before they are buffered. Default 1 MB.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
