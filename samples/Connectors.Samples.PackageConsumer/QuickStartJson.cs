using System.Text.Json.Serialization;

/// <summary>A complaint a contact-centre application submits.</summary>
/// <param name="OrderId">The order it is about.</param>
public sealed record Complaint(string OrderId);

/// <summary>Source-generated JSON for the payloads.</summary>
[JsonSerializable(typeof(Complaint))]
internal sealed partial class QuickStartJson : JsonSerializerContext;
