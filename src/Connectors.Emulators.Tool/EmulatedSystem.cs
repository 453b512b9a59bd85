namespace Connectors.Emulators.Tool;

/// <summary>One system the tool can start, with its command-line name and its place in the port range.</summary>
/// <param name="Name">The command-line name, e.g. <c>bigcommerce</c>.</param>
/// <param name="Title">The display name.</param>
/// <param name="PortOffset">The port is <c>--port-base</c> plus this offset.</param>
internal sealed record EmulatedSystem(string Name, string Title, int PortOffset)
{
    /// <summary>The first port of the default range: identity 5180, BigCommerce 5181 … Workflow Service 5185.</summary>
    public const int DefaultPortBase = 5180;

    public static EmulatedSystem Identity { get; } = new("identity", "OpenText identity", 0);

    public static EmulatedSystem BigCommerce { get; } = new("bigcommerce", "BigCommerce", 1);

    public static EmulatedSystem CoreCase { get; } = new("corecase", "OpenText Core Case", 2);

    public static EmulatedSystem Exstream { get; } = new("exstream", "OpenText Exstream", 3);

    public static EmulatedSystem TradingGrid { get; } = new("tradinggrid", "OpenText Trading Grid", 4);

    public static EmulatedSystem WorkflowService { get; } = new("workflowservice", "OpenText Workflow Service", 5);

    /// <summary>The five systems a user chooses from (identity starts whenever an OpenText system does).</summary>
    public static IReadOnlyList<EmulatedSystem> Choosable { get; } = [BigCommerce, CoreCase, Exstream, TradingGrid, WorkflowService];

    /// <summary>Every system, identity included, in start order.</summary>
    public static IReadOnlyList<EmulatedSystem> All { get; } = [Identity, .. Choosable];

    /// <summary>Whether the system is an OpenText one (and so needs the identity service).</summary>
    public bool IsOpenText => this != BigCommerce && this != Identity;
}
