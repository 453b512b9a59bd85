using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core;

namespace Connectors.OpenText.CoreCase.Internal;

/// <summary>
/// A case as read off the wire: the public model filled in, plus where the body put the id and the definition (the
/// definition may only be known from the request path, so the <see cref="CaseRef"/> is made by <see cref="ToCase"/>).
/// </summary>
[JsonConverter(typeof(CaseWireConverter))]
internal readonly record struct CaseWire(CaseInstance Case, string? Id, string? DefinitionId)
{
    /// <summary>
    /// The case, its <see cref="CaseInstance.Ref"/> set; <paramref name="knownDefinitionId"/> (the definition in the
    /// request path) fills a definition the body leaves out. No id or no definition is a typed error.
    /// </summary>
    public CaseInstance ToCase(string? knownDefinitionId)
    {
        var id = Required(Id, "id");
        Case.Ref = new CaseRef(Required(DefinitionId ?? knownDefinitionId, "caseType.id"), id);
        return Case;
    }

    private static string Required(string? value, string field)
        => string.IsNullOrEmpty(value)
            ? throw new ConnectorSerializationException(CoreCaseClient.SystemName, $"The case returned by Core Case has no '{field}'.")
            : value;
}

/// <summary>
/// Reads a case straight from the JSON into <see cref="CaseInstance"/> (docs/api/core-case.md): published <c>id</c>,
/// <c>caseType: {id, name}</c>, <c>caseConfigId</c> and <c>caseProperties: {defaultAttributes, customAttributes}</c>,
/// where <c>defaultAttributes</c> may carry the id, the case type, the audit fields and identities; assumed
/// <c>caseDefinitionId</c>, <c>caseNumber</c>, <c>status</c>, <c>assignee</c>, <c>createdOn</c>, <c>lastUpdatedOn</c>
/// at the top and <c>priority</c>, <c>category</c>, <c>dueDate</c>, <c>externalReferences</c> among the attributes.
/// Other default attributes are kept in <see cref="CaseInstance.Attributes"/>; other top-level fields are skipped.
/// Hand-written rather than generated: a case is read on every call about one, and one pass without intermediate
/// objects costs about half the bytes of the generated reader plus a mapping (docs/performance.md).
/// A value of the wrong JSON kind is a <see cref="JsonException"/>, which the client turns into a typed error.
/// </summary>
internal sealed class CaseWireConverter : JsonConverter<CaseWire>
{
    public override CaseWire Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject, "a case");
        var result = new CaseInstance();
        var top = default(Audit);
        var inner = default(Audit);
        string? id = null, definitionId = null, definitionName = null, caseDefinitionId = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "caseType"u8))
            {
                IdRef(ref reader, ref definitionId, ref definitionName);
            }
            else if (Is(ref reader, "caseDefinitionId"u8))
            {
                caseDefinitionId = Text(ref reader);
            }
            else if (Is(ref reader, "caseConfigId"u8))
            {
                result.CaseConfigId = Text(ref reader);
            }
            else if (Is(ref reader, "caseNumber"u8))
            {
                result.CaseNumber = Text(ref reader);
            }
            else if (Is(ref reader, "status"u8))
            {
                result.Status = Text(ref reader) is { Length: > 0 } status ? new CaseStatus(status) : null;
            }
            else if (Is(ref reader, "caseProperties"u8))
            {
                Properties(ref reader, result, ref inner);
            }
            else if (Is(ref reader, "assignee"u8))
            {
                result.Assignee = Identity(ref reader);
            }
            else if (Is(ref reader, "createdOn"u8))
            {
                top.CreatedOn = Date(ref reader);
            }
            else if (Is(ref reader, "lastUpdatedOn"u8))
            {
                top.LastUpdatedOn = Date(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        result.CaseDefinitionName = definitionName ?? inner.DefinitionName;
        result.CreatedOn = inner.CreatedOn ?? top.CreatedOn ?? default;
        result.LastUpdatedOn = inner.LastUpdatedOn ?? top.LastUpdatedOn ?? inner.CreatedOn ?? top.CreatedOn ?? default;
        return new CaseWire(result, id ?? inner.Id, definitionId ?? caseDefinitionId ?? inner.DefinitionId);
    }

    public override void Write(Utf8JsonWriter writer, CaseWire value, JsonSerializerOptions options)
        => throw new NotSupportedException("Core Case cases are only read; requests are built as their published bodies.");

    /// <summary>What a case says about itself in two places (top level and <c>defaultAttributes</c>).</summary>
    private struct Audit
    {
        public string? Id;
        public string? DefinitionId;
        public string? DefinitionName;
        public DateTimeOffset? CreatedOn;
        public DateTimeOffset? LastUpdatedOn;
    }

    private static void Properties(ref Utf8JsonReader reader, CaseInstance result, ref Audit inner)
    {
        if (Null(ref reader, "caseProperties"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "defaultAttributes"u8))
            {
                DefaultAttributes(ref reader, result, ref inner);
            }
            else if (Is(ref reader, "customAttributes"u8))
            {
                if (!Null(ref reader, "customAttributes"))
                {
                    Dictionary<string, JsonElement> custom = [];
                    while (NextProperty(ref reader))
                    {
                        var name = reader.GetString()!;
                        reader.Read();
                        custom[name] = JsonElement.ParseValue(ref reader);
                    }

                    result.CustomAttributes = custom;
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    private static void DefaultAttributes(ref Utf8JsonReader reader, CaseInstance result, ref Audit inner)
    {
        if (Null(ref reader, "defaultAttributes"))
        {
            return;
        }

        Dictionary<string, JsonElement>? other = null;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "caseTitle"u8))
            {
                result.Title = Text(ref reader) ?? string.Empty;
            }
            else if (Is(ref reader, "summary"u8))
            {
                result.Summary = Text(ref reader);
            }
            else if (Is(ref reader, "id"u8))
            {
                inner.Id = Text(ref reader);
            }
            else if (Is(ref reader, "caseType"u8))
            {
                IdRef(ref reader, ref inner.DefinitionId, ref inner.DefinitionName);
            }
            else if (Is(ref reader, "createdOn"u8))
            {
                inner.CreatedOn = Date(ref reader);
            }
            else if (Is(ref reader, "lastUpdatedOn"u8))
            {
                inner.LastUpdatedOn = Date(ref reader);
            }
            else if (Is(ref reader, "createdBy"u8) || Is(ref reader, "lastUpdatedBy"u8))
            {
                Text(ref reader); // the user name; the identity objects below carry it and more
            }
            else if (Is(ref reader, "createdByUser"u8))
            {
                result.CreatedBy = Identity(ref reader);
            }
            else if (Is(ref reader, "lastUpdatedByUser"u8))
            {
                result.LastUpdatedBy = Identity(ref reader);
            }
            else if (Is(ref reader, "priority"u8))
            {
                result.Priority = Text(ref reader) is { } priority ? new CasePriority(priority) : null;
            }
            else if (Is(ref reader, "category"u8))
            {
                result.Category = Text(ref reader);
            }
            else if (Is(ref reader, "dueDate"u8))
            {
                result.DueDate = Date(ref reader);
            }
            else if (Is(ref reader, "externalReferences"u8))
            {
                result.ExternalReferences = ExternalReferences(ref reader);
            }
            else
            {
                var name = reader.GetString()!;
                reader.Read();
                (other ??= [])[name] = JsonElement.ParseValue(ref reader);
            }
        }

        if (other is not null)
        {
            result.Attributes = other;
        }
    }

    private static IReadOnlyList<ExternalReference> ExternalReferences(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        List<ExternalReference> references = [];

        Expect(ref reader, JsonTokenType.StartArray, "externalReferences");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, "an external reference");
            string? system = null, id = null;
            while (NextProperty(ref reader))
            {
                if (Is(ref reader, "system"u8))
                {
                    system = Text(ref reader);
                }
                else if (Is(ref reader, "id"u8))
                {
                    id = Text(ref reader);
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            references.Add(new ExternalReference(system ?? string.Empty, id ?? string.Empty));
        }

        return references.Count == 0 ? [] : references;
    }

    /// <summary>Published: <c>{id, etsUuid, caseIdentityType: User | FunctionalRole, firstName, lastName, email}</c>; no id, no identity.</summary>
    private static CaseIdentity? Identity(ref Utf8JsonReader reader)
    {
        if (Null(ref reader, "an identity"))
        {
            return null;
        }

        string? id = null, etsUuid = null, firstName = null, lastName = null, email = null;
        var type = CaseIdentityType.User;
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "etsUuid"u8))
            {
                etsUuid = Text(ref reader);
            }
            else if (Is(ref reader, "caseIdentityType"u8))
            {
                type = IdentityType(ref reader);
            }
            else if (Is(ref reader, "firstName"u8))
            {
                firstName = Text(ref reader);
            }
            else if (Is(ref reader, "lastName"u8))
            {
                lastName = Text(ref reader);
            }
            else if (Is(ref reader, "email"u8))
            {
                email = Text(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return id is null ? null : new CaseIdentity(id, type) { EtsUuid = etsUuid, FirstName = firstName, LastName = lastName, Email = email };
    }

    // the two published types are the shared values (no string per identity); others are kept as sent
    private static CaseIdentityType IdentityType(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("User"u8) ? CaseIdentityType.User
            : reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("FunctionalRole"u8) ? CaseIdentityType.FunctionalRole
            : Text(ref reader) is { } other ? new CaseIdentityType(other)
            : CaseIdentityType.User;

    /// <summary>A definition reference <c>{id, name}</c> (responses may carry the whole definition: the rest is skipped).</summary>
    private static void IdRef(ref Utf8JsonReader reader, ref string? id, ref string? name)
    {
        if (Null(ref reader, "caseType"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8))
            {
                id = Text(ref reader);
            }
            else if (Is(ref reader, "name"u8))
            {
                name = Text(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    private static DateTimeOffset? Date(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : CoreCaseDateConverter.ReadDate(ref reader);

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, got {reader.TokenType}."),
    };

    /// <summary>True for JSON null; otherwise the value must be an object (a <see cref="JsonException"/> if not).</summary>
    private static bool Null(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Expect(ref reader, JsonTokenType.StartObject, what);
        return false;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {what} ({type}), got {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next property name of the object being read; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>True, and on the value, when the current property is <paramref name="name"/>.</summary>
    private static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name))
        {
            return false;
        }

        reader.Read();
        return true;
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }
}
