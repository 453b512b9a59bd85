namespace Connectors.Scenarios.Errors;

/// <summary>Thrown inside the runner when it no longer holds the event it runs; the event is given back, never dead-lettered.</summary>
internal sealed class LeaseLostException(long sequence)
    : Exception($"The claim on queued event {sequence} was lost: another host may run it now.");
