using Connectors.Emulators.WorkflowService;
using Connectors.Testing;

namespace Connectors.Samples.Hosting;

/// <summary>
/// What a real deployment has set up before the recipes run, added to the emulators: the Exstream
/// communications the Core Case recipes send and the Workflow Service processes the partner recipes start.
/// </summary>
public static class EmulatorSeed
{
    /// <summary>Exstream communications the recipes use beyond the emulator's own (approval, settlement, regulatory notice).</summary>
    public static IReadOnlyList<string> Communications { get; } =
    [
        "denial-letter", "escalation-notice", "closure-letter", "dispute-response-letter",
        "acknowledgement-letter", "missing-information-request", "renewal-notice",
    ];

    /// <summary>Adds the communications and processes, makes Exstream finish jobs on its next pump, and raises the store's API quota.</summary>
    /// <param name="systems">The running emulators.</param>
    public static void Apply(EmulatedSystems systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        var exstream = systems.Exstream;

        // Jobs complete and deliveries are reported on the next pump, so the checks never wait on a clock.
        exstream.QueueTime = TimeSpan.Zero;
        exstream.ProcessingTime = TimeSpan.Zero;
        exstream.DeliveryDelay = TimeSpan.Zero;
        foreach (var communication in Communications)
        {
            exstream.AddCommunication(communication);
        }

        // The catalog makes more BigCommerce calls in 30 s than the emulator's default (Standard plan) quota of 450;
        // an Enterprise-size quota keeps the run from waiting on the window. Rate limiting has its own client tests.
        systems.BigCommerce.DefaultStore.RequestsPerWindow = 10_000;

        var engine = systems.WorkflowService.Engine;
        foreach (var model in Processes)
        {
            engine.Deploy(model);
        }
    }

    private static IEnumerable<ProcessModel> Processes =>
    [
        new("partner-exception", "Partner exception", "handle",
        [
            new UserTaskNode("handle", "Handle the exception", ["partner-desk"], "approve"),
            new UserTaskNode("approve", "Approve the resolution", ["partner-approvers"], "done"),
            new EndNode("done"),
        ]),
        new("order-discrepancy", "Order discrepancy", "resolve",
        [
            new UserTaskNode("resolve", "Resolve the discrepancy", ["order-exceptions"], "done"),
            new EndNode("done"),
        ]),
        new("certificate-validation", "Certificate validation", "review",
        [
            new UserTaskNode("review", "Review the certificate", ["compliance"], "done"),
            new EndNode("done"),
        ]),
        new("partner-request", "Partner request", "triage",
        [
            new UserTaskNode("triage", "Triage the request", ["partner-desk"], "clarify"),
            new UserTaskNode("clarify", "Clarify with the partner", ["partner-desk"], "handle"),
            new UserTaskNode("handle", "Handle the request", ["partner-desk"], "done"),
            new EndNode("done"),
        ]),
    ];
}
