namespace Connectors.AspNetCore;

/// <summary>The <c>source</c> of the envelopes each endpoint writes; scenario webhook triggers match on it.</summary>
public static class InboundSources
{
    /// <summary>BigCommerce webhooks; the type is the webhook scope, e.g. <c>store/order/statusUpdated</c>.</summary>
    public const string BigCommerce = "bigcommerce";

    /// <summary>Exstream delivery and job events; the type is the event type, e.g. <c>delivery.failed</c>.</summary>
    public const string Exstream = "exstream";

    /// <summary>Trading Grid events; the type is the event type.</summary>
    public const string TradingGrid = "tradinggrid";

    /// <summary>Workflow Service callbacks; the type is the event type.</summary>
    public const string WorkflowService = "workflowservice";
}
