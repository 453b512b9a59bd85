using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.Exstream;

/// <summary>The state of a communication job. Unknown values from the service are kept.</summary>
/// <param name="Value">The wire value, e.g. <c>processing</c>.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<JobState>))]
public readonly record struct JobState(string Value) : IExtensibleEnum<JobState>
{
    /// <summary>Accepted, waiting for an engine.</summary>
    public static JobState Queued { get; } = new("queued");

    /// <summary>Being composed.</summary>
    public static JobState Processing { get; } = new("processing");

    /// <summary>Done; outputs can be downloaded.</summary>
    public static JobState Completed { get; } = new("completed");

    /// <summary>The engine failed; see <see cref="CommunicationJob.Error"/>.</summary>
    public static JobState Failed { get; } = new("failed");

    /// <summary>Cancelled before it finished.</summary>
    public static JobState Cancelled { get; } = new("cancelled");

    /// <summary>Whether the job will not change any more.</summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Cancelled;

    /// <inheritdoc />
    public static JobState Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
