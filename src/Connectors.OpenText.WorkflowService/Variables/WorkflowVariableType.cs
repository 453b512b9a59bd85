using System.Text.Json.Serialization;
using Connectors.Core.Json;

namespace Connectors.OpenText.WorkflowService;

/// <summary>The type of a process variable; unknown types the service adds later are kept.</summary>
/// <param name="Value">The type as the service spells it.</param>
[JsonConverter(typeof(ExtensibleEnumConverter<WorkflowVariableType>))]
public readonly record struct WorkflowVariableType(string Value) : IExtensibleEnum<WorkflowVariableType>
{
    /// <summary>Text.</summary>
    public static WorkflowVariableType String { get; } = new("string");

    /// <summary>32-bit integer.</summary>
    public static WorkflowVariableType Integer { get; } = new("integer");

    /// <summary>64-bit integer.</summary>
    public static WorkflowVariableType Long { get; } = new("long");

    /// <summary>Double-precision number.</summary>
    public static WorkflowVariableType Double { get; } = new("double");

    /// <summary>true/false.</summary>
    public static WorkflowVariableType Boolean { get; } = new("boolean");

    /// <summary>ISO 8601 date and time.</summary>
    public static WorkflowVariableType Date { get; } = new("date");

    /// <summary>Any JSON value.</summary>
    public static WorkflowVariableType Json { get; } = new("json");

    /// <inheritdoc />
    public static WorkflowVariableType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
