using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// The workflow state of a DAS resource version (<c>WorkflowState</c> in OpenText's SDK). Production output uses the latest
/// <see cref="Approved"/> version. Unknown values are kept.
/// </summary>
/// <param name="Value">The wire value, e.g. <c>APPROVED</c>.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<ResourceState>))]
public readonly record struct ResourceState(string Value) : IExtensibleEnum<ResourceState>
{
    /// <summary>Being edited.</summary>
    public static ResourceState Draft { get; } = new("DRAFT");

    /// <summary>Waiting for review.</summary>
    public static ResourceState Review { get; } = new("REVIEW");

    /// <summary>Approved for use.</summary>
    public static ResourceState Approved { get; } = new("APPROVED");

    /// <summary>Rejected in review.</summary>
    public static ResourceState Rejected { get; } = new("REJECTED");

    /// <inheritdoc />
    public static ResourceState Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
