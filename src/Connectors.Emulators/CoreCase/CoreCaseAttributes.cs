using System.Text.Json.Nodes;

namespace Connectors.Emulators.CoreCase;

/// <summary>The attribute names of <c>caseProperties.defaultAttributes</c> the emulator reads or writes.</summary>
internal static class CoreCaseAttributes
{
    /// <summary>Published: the title, required.</summary>
    public const string Title = "caseTitle";

    /// <summary>assumed: <c>[{system, id}]</c>, one reference per case in a tenant.</summary>
    public const string ExternalReferences = "externalReferences";

    /// <summary>Published audit and identity fields the service fills; a client's values for them are ignored.</summary>
    public static readonly string[] ReadOnly = ["id", "caseType", "createdOn", "createdBy", "lastUpdatedOn", "lastUpdatedBy", "createdByUser", "lastUpdatedByUser"];

    public static IReadOnlyList<EmulatedExternalReference> References(JsonObject attributes)
        => attributes[ExternalReferences] is JsonArray array
            ? [.. array.OfType<JsonObject>().Select(r => new EmulatedExternalReference(CoreCaseHttp.Text(r, "system") ?? string.Empty, CoreCaseHttp.Text(r, "id") ?? string.Empty))]
            : [];

    /// <summary>The attributes a client wrote, without the read-only ones.</summary>
    public static JsonObject Writable(JsonObject attributes)
    {
        var copy = (JsonObject)attributes.DeepClone();
        foreach (var name in ReadOnly)
        {
            copy.Remove(name);
        }

        return copy;
    }
}
